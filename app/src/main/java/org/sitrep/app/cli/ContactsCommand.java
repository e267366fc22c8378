package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactCsv;
import org.sitrep.model.contact.ContactImport;
import org.sitrep.model.contact.VCardWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "contacts",
    mixinStandardHelpOptions = true,
    description = "Import, export and find team and vendor contacts (vCard 2.1/3.0/4.0, CSV).",
    subcommands = {
      ContactsCommand.Import.class,
      ContactsCommand.Export.class,
      ContactsCommand.Find.class,
      ContactEditCommands.Add.class,
      ContactEditCommands.Edit.class,
      ContactEditCommands.Delete.class
    })
final class ContactsCommand implements Runnable {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Import a vCard (2.1, 3.0, 4.0) or CSV file (Google, Outlook, "
            + "Thunderbird/Apple, plain): all or nothing. UTF-8, UTF-16 and Latin-1 files are "
            + "detected; every field or column not imported is named in a warning.",
        "Shows what is added, changed or left alone (matched by email, phone, then "
            + "name); bad rows are listed as file:line: reason and nothing is imported (exit "
            + "2)."
      })
  static final class Import implements Callable<Integer> {
    @ParentCommand ContactsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--dry-run", description = "Only show what the import would do.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
      byte[] bytes = readBytes(file);
      try (Session session = parent.root.open()) {
        String name = file.getFileName().toString();
        ContactImport.Plan plan =
            dryRun
                ? session.contacts().preview(name, bytes)
                : session.contacts().importFile(name, bytes);
        PrintWriter out = spec.commandLine().getOut();
        printWarnings(spec.commandLine().getErr(), plan.warnings());
        if (plan.refused()) {
          plan.problems().forEach(p -> spec.commandLine().getErr().println(p));
          spec.commandLine()
              .getErr()
              .println(
                  "Nothing imported: "
                      + plan.problems().size()
                      + " problem(s); fix them and import again.");
          return Cli.USAGE;
        }
        for (ContactImport.Item i : plan.items()) {
          String what =
              switch (i.action()) {
                case ADD -> "add      ";
                case CHANGE -> "change   ";
                case UNCHANGED -> "unchanged";
              };
          out.println(
              what
                  + " line "
                  + i.line()
                  + "  "
                  + i.result().name()
                  + (i.fields().isEmpty() ? "" : "  (" + String.join(", ", i.fields()) + ")"));
        }
        out.printf(
            "%s%d to add, %d to change, %d unchanged, %d warning(s)%n",
            dryRun ? "dry run, nothing written: " : "",
            plan.count(ContactImport.Action.ADD),
            plan.count(ContactImport.Action.CHANGE),
            plan.count(ContactImport.Action.UNCHANGED),
            plan.warnings().size());
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Print every contact as vCard or CSV.")
  static final class Export implements Callable<Integer> {
    @ParentCommand ContactsCommand parent;
    @Spec CommandSpec spec;

    enum Format {
      vcf,
      csv
    }

    @Option(
        names = "--format",
        required = true,
        paramLabel = "vcf|csv",
        description = "File format: vcf (vCard 4.0) or csv.")
    Format format;

    @Option(names = "--vcard-version", paramLabel = "3.0|4.0", description = "Default 4.0.")
    String version = "4.0";

    @Override
    public Integer call() {
      if (!version.equals("3.0") && !version.equals("4.0")) {
        throw new ChangeRefusedException("--vcard-version must be 3.0 or 4.0, not " + version);
      }
      try (Session session = parent.root.open()) {
        List<Contact> all = session.contacts().all();
        spec.commandLine()
            .getOut()
            .print(format == Format.vcf ? VCardWriter.write(all, version) : ContactCsv.write(all));
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "find",
      mixinStandardHelpOptions = true,
      description =
          "Find contacts by name, team, service, skill or tag; with numbers and their local time.")
  static final class Find implements Callable<Integer> {
    @ParentCommand ContactsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY")
    List<String> words;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        Instant now = session.workspace().wallClock().instant();
        List<Contact> hits = session.contacts().find(String.join(" ", words), 20);
        PrintWriter out = spec.commandLine().getOut();
        for (Contact c : hits) {
          out.println(describe(c, now));
        }
        if (hits.isEmpty()) {
          spec.commandLine()
              .getErr()
              .println("no contact matches '" + String.join(" ", words) + "'");
        }
        return Cli.OK;
      }
    }
  }

  static String describe(Contact c, Instant now) {
    List<String> head = new ArrayList<>();
    head.add(
        c.name() + (c.kind() == org.sitrep.model.contact.ContactKind.VENDOR ? " [vendor]" : ""));
    if (!c.organisation().isEmpty() || !c.title().isEmpty()) {
      head.add(
          String.join(
              ", ",
              List.of(c.title(), c.organisation()).stream().filter(s -> !s.isEmpty()).toList()));
    }
    if (!c.tags().isEmpty()) {
      head.add(String.join(" ", c.tags()));
    }
    StringBuilder b =
        new StringBuilder(String.join(" · ", head)).append("  (").append(c.id()).append(")\n");
    c.phones()
        .forEach(
            p -> b.append("    ").append(p.type()).append("  ").append(p.number()).append('\n'));
    c.emails()
        .forEach(
            e -> b.append("    ").append(e.type()).append("  ").append(e.address()).append('\n'));
    if (!c.chat().isEmpty()) {
      b.append("    chat  ").append(c.chat()).append('\n');
    }
    c.localTime(now)
        .ifPresent(
            t ->
                b.append("    their time  ")
                    .append(DateTimeFormatter.ofPattern("EEE HH:mm").format(t))
                    .append(" (")
                    .append(c.zone().get().getId())
                    .append(")\n"));
    var v = c.vendor();
    if (!v.isEmpty()) {
      b.append("    support  ")
          .append(
              String.join(
                  " · ",
                  List.of(
                      "tier " + v.tier(),
                      "SLA " + v.sla(),
                      "account " + v.account(),
                      "contract " + v.contract())))
          .append('\n');
      if (!v.ladder().isEmpty()) {
        b.append("    escalate at vendor  ").append(String.join(" → ", v.ladder())).append('\n');
      }
    }
    if (!c.notes().isEmpty()) {
      b.append("    note  ").append(c.notes().replace("\n", "\n          ")).append('\n');
    }
    return b.toString().stripTrailing();
  }

  /** Warnings never block an import, but each one is shown: nothing is dropped silently. */
  static void printWarnings(PrintWriter err, List<org.sitrep.model.contact.LineProblem> warnings) {
    warnings.forEach(w -> err.println("warning: " + w));
  }

  /** The raw bytes: the contact readers detect UTF-16 and Latin-1 themselves. */
  static byte[] readBytes(Path file) {
    return InputFile.readBytes(file, "vCard (.vcf) or CSV");
  }

  static String read(Path file) {
    return InputFile.read(file, "vCard (.vcf) or CSV");
  }
}
