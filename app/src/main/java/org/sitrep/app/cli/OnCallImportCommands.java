package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.oncall.OnCallImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code oncall import} and {@code oncall import-ics}: loading schedules, all or nothing. */
final class OnCallImportCommands {

  private OnCallImportCommands() {}

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Load rotations, overrides and escalation policies from Sitrep's on-call JSON file (docs/oncall-format.md).")
  static final class Import implements Callable<Integer> {
    @ParentCommand OnCallCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--dry-run", description = "Show what would be imported and change nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
      String text = ContactsCommand.read(file);
      try (Session session = parent.root.open()) {
        OnCallImport.FilePlan plan =
            session.onCallImport().file(file.getFileName().toString(), text, dryRun);
        if (!plan.problems().isEmpty()) {
          plan.problems().forEach(p -> spec.commandLine().getErr().println(p));
          spec.commandLine()
              .getErr()
              .println("Nothing imported: fix the problems above and import again.");
          return Cli.USAGE;
        }
        spec.commandLine()
            .getOut()
            .printf(
                "%srotations changed: %s; policies changed: %s; %d override(s) added;%s %d unchanged%n",
                dryRun ? "dry run, nothing written: " : "",
                plan.rotationsChanged().isEmpty()
                    ? "none"
                    : String.join(", ", plan.rotationsChanged()),
                plan.policiesChanged().isEmpty()
                    ? "none"
                    : String.join(", ", plan.policiesChanged()),
                plan.overridesAdded(),
                plan.restChanged() ? " rest rule changed;" : "",
                plan.unchanged());
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "import-ics",
      mixinStandardHelpOptions = true,
      description =
          "Load an on-call calendar (PagerDuty, Opsgenie, Google or Outlook shared calendar) as the"
              + " team's shifts: all or nothing. Recurring events (RRULE, RDATE, EXDATE) are expanded"
              + " over --past-days/--future-days; Windows zone names and the file's VTIMEZONEs are"
              + " understood.")
  static final class ImportIcs implements Callable<Integer> {
    @ParentCommand OnCallCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(
        names = "--team",
        required = true,
        paramLabel = "TEAM",
        description = "The team whose shifts the calendar holds.")
    String team;

    @Option(names = "--layer", paramLabel = "LAYER", description = "Default primary.")
    String layer = "primary";

    @Option(
        names = "--zone",
        paramLabel = "ZONE",
        description = "For times without a zone, when the team has no rotation yet (default UTC).")
    String zone = "UTC";

    @Option(
        names = "--past-days",
        paramLabel = "DAYS",
        description = "Expand recurring events this many days back (default 90).")
    int pastDays = org.sitrep.model.oncall.IcsWindow.DEFAULT_PAST_DAYS;

    @Option(
        names = "--future-days",
        paramLabel = "DAYS",
        description = "Expand recurring events this many days ahead (default 365).")
    int futureDays = org.sitrep.model.oncall.IcsWindow.DEFAULT_FUTURE_DAYS;

    @Option(names = "--dry-run", description = "Show what would be imported and change nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
      String text =
          org.sitrep.model.contact.TextDecoding.decode(ContactsCommand.readBytes(file)).text();
      if (pastDays < 0 || futureDays < 0) {
        throw new ChangeRefusedException("--past-days and --future-days must not be negative");
      }
      org.sitrep.model.oncall.IcsWindow window =
          org.sitrep.model.oncall.IcsWindow.around(java.time.Instant.now(), pastDays, futureDays);
      ZoneId z;
      try {
        z = ZoneId.of(zone);
      } catch (DateTimeException e) {
        throw new ChangeRefusedException("--zone: unknown time zone '" + zone + "'");
      }
      try (Session session = parent.root.open()) {
        OnCallImport.IcsPlan plan =
            session
                .onCallImport()
                .ics(file.getFileName().toString(), text, team, layer, z, window, dryRun);
        ContactsCommand.printWarnings(spec.commandLine().getErr(), plan.warnings());
        if (!plan.problems().isEmpty()) {
          plan.problems().forEach(p -> spec.commandLine().getErr().println(p));
          spec.commandLine()
              .getErr()
              .println("Nothing imported: fix the problems above and import again.");
          return Cli.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (OnCallImport.ShiftItem i : plan.items()) {
          out.printf(
              "%-9s line %d  %s  %s → %s%n",
              i.action().name().toLowerCase(),
              i.line(),
              i.shift().person(),
              i.shift().from(),
              i.shift().to());
        }
        out.printf(
            "%s%s%d to add, %d to change, %d unchanged%n",
            dryRun ? "dry run, nothing written: " : "",
            plan.newRotation() ? "new rotation " + plan.rotationId() + "; " : "",
            plan.count(OnCallImport.Action.ADD),
            plan.count(OnCallImport.Action.CHANGE),
            plan.count(OnCallImport.Action.UNCHANGED));
        return Cli.OK;
      }
    }
  }
}
