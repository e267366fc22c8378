package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.readiness.RestoreTest;
import org.sitrep.model.readiness.Spans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "restore-test",
    mixinStandardHelpOptions = true,
    description = "Restore tests of a service's data, worked through its restore runbook.",
    subcommands = {
      RestoreTestCommand.Start.class,
      RestoreTestCommand.Finish.class,
      RestoreTestCommand.ListTests.class
    })
final class RestoreTestCommand implements Runnable {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "start",
      mixinStandardHelpOptions = true,
      description = {
        "Starts a restore test: a checklist run of the service's restore runbook on an incident",
        "of its own (drill-kind: it never reaches a status page), or inside --incident."
      })
  static final class Start implements Callable<Integer> {
    @ParentCommand RestoreTestCommand parent;

    @Parameters(paramLabel = "SERVICE")
    String service;

    @Option(names = "--incident", description = "Run it inside this open incident or drill.")
    String incident;

    @Option(names = "--test-host", description = "The host the backup is restored onto.")
    String testHost;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        RestoreTest t =
            session
                .restoreTests()
                .start(service, Optional.ofNullable(incident), Optional.ofNullable(testHost));
        PrintWriter out = parent.spec.commandLine().getOut();
        out.println(
            "restore test "
                + t.id()
                + " started ("
                + t.kind().name().toLowerCase(java.util.Locale.ROOT)
                + ") from "
                + t.runbookId()
                + " v"
                + t.runbookVersion()
                + " on incident "
                + t.incidentId().orElse("-"));
        out.println(
            "when the data is verified: sitrep restore-test finish "
                + t.id()
                + " --backup-point TIME --verified-at TIME --passed|--failed");
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "finish",
      mixinStandardHelpOptions = true,
      description =
          "Records the backup's point in time, when the data was verified, and the result.")
  static final class Finish implements Callable<Integer> {
    @ParentCommand RestoreTestCommand parent;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(
        names = "--backup-point",
        required = true,
        description = "ISO time the restored backup holds data up to, e.g. 2026-03-10T02:00:00Z.")
    Instant backupPoint;

    @Option(
        names = "--verified-at",
        description = "ISO time the restored data was checked (default: now).")
    Instant verifiedAt;

    @Option(names = "--passed", description = "The restored data checked out.")
    boolean passed;

    @Option(names = "--failed", description = "It did not.")
    boolean failed;

    @Option(names = "--notes", description = "What was checked, or what went wrong.")
    String notes = "";

    @Override
    public Integer call() {
      if (passed == failed) {
        throw new org.sitrep.model.ChangeRefusedException("give exactly one of --passed, --failed");
      }
      try (Session session = parent.root.open()) {
        Instant verified =
            verifiedAt != null ? verifiedAt : session.workspace().wallClock().instant();
        RestoreTest t = session.restoreTests().finish(id, backupPoint, verified, passed, notes);
        parent
            .spec
            .commandLine()
            .getOut()
            .println(
                "restore test "
                    + t.result().name().toLowerCase(java.util.Locale.ROOT)
                    + ": restored in "
                    + t.achievedRto().map(Spans::of).orElse("?")
                    + ", data "
                    + t.achievedRpo().map(Spans::of).orElse("?")
                    + " old");
        return Cli.OK;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "A service's tests.")
  static final class ListTests implements Callable<Integer> {
    @ParentCommand RestoreTestCommand parent;

    @Parameters(paramLabel = "SERVICE")
    String service;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        PrintWriter out = parent.spec.commandLine().getOut();
        for (RestoreTest t : session.restoreTests().of(service)) {
          out.printf(
              "%-8s %s %-5s %-7s %-16s RTO %-7s RPO %-7s %s v%d%n",
              t.id().substring(0, 8),
              t.startedAt(),
              t.kind().name().toLowerCase(java.util.Locale.ROOT),
              t.result().name().toLowerCase(java.util.Locale.ROOT),
              t.startedBy(),
              t.achievedRto().map(Spans::of).orElse("-"),
              t.achievedRpo().map(Spans::of).orElse("-"),
              t.runbookId(),
              t.runbookVersion());
        }
        return Cli.OK;
      }
    }
  }
}
