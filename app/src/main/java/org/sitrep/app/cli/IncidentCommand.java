package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "incident",
    mixinStandardHelpOptions = true,
    description = "Declare and list incidents.",
    subcommands = {IncidentCommand.Declare.class, IncidentCommand.ListIncidents.class})
final class IncidentCommand implements Runnable {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "declare",
      mixinStandardHelpOptions = true,
      description = "Declare an incident; prints its id.")
  static final class Declare implements Callable<Integer> {
    @ParentCommand IncidentCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = "--title",
        required = true,
        paramLabel = "TEXT",
        description = "What is broken, in a few words.")
    String title;

    @Option(
        names = "--sev",
        required = true,
        paramLabel = "N",
        description = "Severity 1-4 (1 is the worst).")
    String severity;

    @Option(names = "--drill", description = "A practice incident: marked as a drill everywhere.")
    boolean drill;

    @Option(
        names = "--service",
        paramLabel = "NAME",
        split = ",",
        description = "Affected service (repeat or comma-separate).")
    List<String> services = List.of();

    @Option(names = "--description", paramLabel = "TEXT", description = "What is known so far.")
    String description = "";

    @Option(
        names = "--started",
        paramLabel = "TIME",
        description =
            "When the impact began, in UTC: HH:MM, -15m, -2h or YYYY-MM-DD HH:MM. Postmortem"
                + " figures count from it.")
    String started;

    @Option(
        names = "--detected",
        paramLabel = "TIME",
        description =
            "When someone noticed, in UTC (same forms as --started); time to detect ends here.")
    String detected;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        java.time.Instant now = session.workspace().wallClock().instant();
        Incident incident =
            session
                .incidents()
                .declare(
                    new NewIncident(
                        title,
                        Severity.parse(severity),
                        drill ? IncidentKind.DRILL : IncidentKind.REAL,
                        services,
                        description,
                        time("--started", started, now),
                        time("--detected", detected, now)));
        spec.commandLine().getOut().println(incident.id());
        return 0;
      }
    }

    /** A time typed after {@code option}; a bad one is refused naming the option and the value. */
    private static java.util.Optional<java.time.Instant> time(
        String option, String typed, java.time.Instant now) {
      if (typed == null) {
        return java.util.Optional.empty();
      }
      try {
        return java.util.Optional.of(org.sitrep.model.entry.QuickEntryParser.parseTime(typed, now));
      } catch (org.sitrep.model.ChangeRefusedException e) {
        throw new org.sitrep.model.ChangeRefusedException(option + ": " + e.getMessage());
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List incidents, newest first.")
  static final class ListIncidents implements Callable<Integer> {
    @ParentCommand IncidentCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--active", description = "Only incidents not yet resolved.")
    boolean activeOnly;

    @Override
    public Integer call() {
      try (Session session = parent.root.openExisting()) {
        PrintWriter out = spec.commandLine().getOut();
        List<Incident> all = session.workspace().read(IncidentRepository::all);
        if (all.isEmpty()) {
          out.println(
              "No incidents yet. Declare one: sitrep incident declare --title \"...\" --sev 2");
          return 0;
        }
        out.printf(
            "%-16s %-4s %-13s %-5s %-23s %s%n", "ID", "SEV", "STATUS", "KIND", "DECLARED", "TITLE");
        for (Incident i : all) {
          if (activeOnly && !i.status().isActive()) {
            continue;
          }
          out.printf(
              "%-16s %-4s %-13s %-5s %-23s %s%n",
              i.id(),
              i.severity(),
              i.status().label(),
              i.isDrill() ? "DRILL" : "real",
              Times.utc(i.declaredAt()),
              i.title());
        }
        return 0;
      }
    }
  }
}
