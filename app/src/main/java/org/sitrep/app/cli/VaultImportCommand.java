package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.vault.ImportOutcome;
import org.sitrep.model.vault.ImportedItem;
import org.sitrep.model.vault.imports.ExportFormat;
import org.sitrep.model.vault.imports.ImportPlan;
import org.sitrep.model.vault.imports.PasswordExports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import another password manager's export: KeePass/KeePassXC XML or CSV, Bitwarden JSON"
          + " (unencrypted) or CSV, 1Password CSV. All of the file or nothing; secrets are never"
          + " printed. --dry-run shows what it would become without the passphrase."
    })
final class VaultImportCommand implements Callable<Integer> {

  @ParentCommand VaultCommand parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "keepass-xml, keepass-csv, bitwarden-json, bitwarden-csv or 1password-csv;"
              + " detected when not given.")
  String format;

  @Option(names = "--dry-run", description = "Show the items and warnings; store nothing.")
  boolean dryRun;

  @Option(
      names = "--skip-existing",
      description = "Leave out items whose name the vault already has (default: refuse the file).")
  boolean skipExisting;

  @Option(names = "--passphrase-stdin", description = "Read the passphrase from standard input.")
  boolean stdin;

  @Override
  public Integer call() {
    Optional<ExportFormat> f = Optional.ofNullable(format).map(ExportFormat::parse);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Session session = parent.root.open()) {
      ImportPlan plan = PasswordExports.read(file, f);
      try {
        if (dryRun) {
          for (ImportedItem i : plan.items()) {
            out.printf(
                "%-10s %-36s %-24s %s%n",
                i.request().kind().label(),
                i.request().name(),
                i.request().username(),
                String.join(",", i.request().tags()));
          }
          warnings(plan, err);
          out.println(
              "dry run: "
                  + plan.items().size()
                  + " items ("
                  + plan.kinds()
                  + ") from "
                  + plan.entries()
                  + " entries of "
                  + plan.format().description()
                  + "; nothing stored");
          return Cli.OK;
        }
        session.vault().unlock(new SecretInput(stdin).line("Vault passphrase:"));
        ImportOutcome done = session.vault().importItems(plan.items(), skipExisting);
        warnings(plan, err);
        done.skippedExisting().forEach(n -> err.println("skipped (already in the vault): " + n));
        out.println(
            "imported "
                + done.added().size()
                + " items ("
                + plan.kinds()
                + ") from "
                + plan.entries()
                + " entries of "
                + plan.format().description()
                + (done.skippedExisting().isEmpty()
                    ? ""
                    : ", " + done.skippedExisting().size() + " skipped")
                + "; "
                + plan.warnings().size()
                + " warnings");
        return Cli.OK;
      } finally {
        plan.wipe();
      }
    }
  }

  /** Names and places only: no reader or planner message quotes a value from the file. */
  private static void warnings(ImportPlan plan, PrintWriter err) {
    for (String w : plan.warnings()) {
      err.println("warning: " + w);
    }
  }
}
