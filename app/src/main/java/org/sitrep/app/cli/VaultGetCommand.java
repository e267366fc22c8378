package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.vault.Approval;
import org.sitrep.model.vault.BreakGlassOpening;
import org.sitrep.model.vault.Seal;
import org.sitrep.model.vault.SecretValue;
import org.sitrep.model.vault.TamperedException;
import org.sitrep.model.vault.VaultItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "get",
    mixinStandardHelpOptions = true,
    description = {
      "Print an item's secret (or its current TOTP code) to standard output, audited.",
      "A sealed (break-glass) item needs --reason and --incident, and a two-person item"
          + " --approver, whose passphrase is read after the vault passphrase."
    })
final class VaultGetCommand implements Callable<Integer> {

  @ParentCommand VaultCommand parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ITEM", description = "Exact name, or the start of the id.")
  String item;

  @Option(names = "--reason", paramLabel = "WHY", description = "Why: written to the audit trail.")
  String reason;

  @Option(
      names = "--incident",
      paramLabel = "ID",
      description = "The incident to log this on (id or a unique part).")
  String incident;

  @Option(names = "--approver", paramLabel = "NAME", description = "Second approver (two-person).")
  String approver;

  @Option(names = "--totp", description = "Print the current TOTP code instead of the seed.")
  boolean totp;

  @Option(names = "--passphrase-stdin", description = "Read passphrases from standard input.")
  boolean stdin;

  @Override
  public Integer call() {
    try (Session session = parent.root.open()) {
      VaultItem found = session.vault().find(item);
      Optional<String> incidentId =
          Optional.ofNullable(incident)
              .map(
                  ref ->
                      session.workspace().read(dsl -> IncidentRepository.resolve(dsl, ref)).id());
      String why = reason == null ? "" : reason;
      if (found.seal().isBreakGlass() && (reason == null || incidentId.isEmpty())) {
        throw new ChangeRefusedException(
            found.name() + " is sealed (break-glass): give --reason and --incident");
      }
      if (found.seal() == Seal.TWO_PERSON && approver == null) {
        throw new ChangeRefusedException(
            found.name() + " needs a second approver: give --approver NAME");
      }
      SecretInput input = new SecretInput(stdin);
      session.vault().unlock(input.line("Vault passphrase:"));
      PrintWriter err = spec.commandLine().getErr();
      if (found.seal().isBreakGlass()) {
        Optional<Approval> approval =
            found.seal() == Seal.TWO_PERSON
                ? Optional.of(
                    new Approval(approver, input.line(approver + "'s approver passphrase:")))
                : Optional.empty();
        BreakGlassOpening opening =
            session.vault().openBreakGlass(found.id(), why, incidentId.get(), approval);
        err.println(
            "BREAK-GLASS logged on "
                + incidentId.get()
                + "; action item: "
                + opening.rotation().text());
      }
      PrintWriter out = spec.commandLine().getOut();
      if (totp) {
        out.println(session.vault().totpCode(found.id(), why, incidentId));
        return Cli.OK;
      }
      try (SecretValue value = session.vault().reveal(found.id(), why, incidentId)) {
        out.print(value.chars());
        if (value.length() > 0 && value.chars()[value.length() - 1] != '\n') {
          out.println();
        }
        out.flush();
      }
      return Cli.OK;
    } catch (TamperedException e) {
      spec.commandLine().getErr().println("sitrep: " + e.getMessage());
      return Cli.FAILED;
    }
  }
}
