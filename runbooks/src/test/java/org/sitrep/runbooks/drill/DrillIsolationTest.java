package org.sitrep.runbooks.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.command.CommandOutcome;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.host.Host;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.postmortem.RealIncidentMetrics;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.exec.CommandRunner;
import org.sitrep.runbooks.exec.LocalExecutor;
import org.sitrep.runbooks.exec.OutputListener;
import org.sitrep.runbooks.exec.RunRequest;
import org.sitrep.runbooks.exec.Stopper;
import org.sitrep.runbooks.library.RunbookLibrary;

/** Drills never run a command and never count in real incident metrics. */
class DrillIsolationTest {

  @TempDir Path dir;
  SteppingClock clock = SteppingClock.at("2026-11-21T10:00:00Z");
  Workspace ws;
  DrillRunner runner;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir, clock);
    new RunbookLibrary(ws).seedIfEmpty();
    runner = new DrillRunner(ws);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private CommandRunner commands() {
    return new CommandRunner(
        ws,
        (h, i) -> {
          throw new AssertionError("a drill must never open an SSH session");
        },
        new LocalExecutor(),
        CommandRunner.DEFAULT_CAP_BYTES,
        new ScenarioOutputs(runner.drills()));
  }

  @Test
  void aDrillNeverSpawnsAProcessAndShowsTheScenarioOutputMarkedSimulated() {
    Drill drill = runner.start(new ScenarioLibrary(ws).load("database-out-of-disk"), 1);
    Path canary = dir.resolve("ran");
    StringBuilder live = new StringBuilder();
    OutputListener listener = (stream, line) -> live.append(line).append('\n');
    RunRequest fromStep =
        new RunRequest(
            drill.incidentId(),
            Optional.empty(),
            "touch " + canary + "; df -h /var/lib/postgresql",
            "runbook db-out-of-disk v1, step assess/check-which-filesystem-is-full-for",
            Duration.ofSeconds(5),
            Optional.empty());
    CommandRunner.Outcome outcome =
        commands()
            .run(fromStep, listener, new Stopper(Duration.ofSeconds(5), InstantSource.system()));

    assertThat(Files.exists(canary)).as("the command must not have run").isFalse();
    assertThat(outcome.record().outcome()).isEqualTo(CommandOutcome.SIMULATED);
    assertThat(outcome.result().event()).isEqualTo(EventCode.COMMAND_SIMULATED);
    assertThat(outcome.result().text()).startsWith("SIMULATED (drill: nothing ran on local)");
    assertThat(outcome.record().stdout().text()).contains("/dev/nvme1n1    500G  499G");
    assertThat(live.toString()).startsWith("SIMULATED │ Filesystem");

    // A command the scenario knows nothing about is still not run, and says so.
    RunRequest other = RunRequest.console(drill.incidentId(), Optional.empty(), "touch " + canary);
    CommandRunner.Outcome unknown =
        commands()
            .run(
                other,
                OutputListener.IGNORE,
                new Stopper(Duration.ofSeconds(5), InstantSource.system()));
    assertThat(Files.exists(canary)).isFalse();
    assertThat(unknown.record().stdout().text())
        .contains("the scenario has no simulated output for this command");
  }

  @Test
  void aDrillDeclaredByHandIsSimulatedTooAndNeverTouchesProduction() {
    String drill =
        new IncidentService(ws)
            .declare(new NewIncident("Game day", Severity.SEV3, IncidentKind.DRILL, List.of(), ""))
            .id();
    Path canary = dir.resolve("ran-by-hand");
    CommandRunner.Outcome outcome =
        commands()
            .run(
                RunRequest.console(drill, Optional.empty(), "touch " + canary),
                OutputListener.IGNORE,
                new Stopper(Duration.ofSeconds(5), InstantSource.system()));
    assertThat(Files.exists(canary)).isFalse();
    assertThat(outcome.record().outcome()).isEqualTo(CommandOutcome.SIMULATED);

    Host prod =
        new Host(
            "db-1",
            "10.0.0.1",
            22,
            "root",
            "production",
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThatThrownBy(
            () ->
                commands()
                    .run(
                        RunRequest.console(drill, Optional.of(prod), "uptime")
                            .confirmedWith("db-1"),
                        OutputListener.IGNORE,
                        new Stopper(Duration.ofSeconds(5), InstantSource.system())))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("this is a drill: commands never run against production hosts");
  }

  @Test
  void drillsNeverCountInRealIncidentMetrics() {
    IncidentService incidents = new IncidentService(ws);
    String real =
        incidents
            .declare(
                new NewIncident("Real outage", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
            .id();
    Instant t0 = clock.instant();
    incidents.setMilestone(real, Milestone.STARTED, t0);
    clock.advance(Duration.ofMinutes(10));
    incidents.setMilestone(real, Milestone.DETECTED, clock.instant());

    Drill drill = runner.start(new ScenarioLibrary(ws).load("bad-deploy"), 1);
    incidents.setMilestone(drill.incidentId(), Milestone.STARTED, t0);
    clock.advance(Duration.ofMinutes(1));
    incidents.setMilestone(drill.incidentId(), Milestone.DETECTED, clock.instant());

    RealIncidentMetrics metrics = RealIncidentMetrics.of(ws);
    assertThat(metrics.incidents()).extracting(i -> i.id()).containsExactly(real);
    RealIncidentMetrics.Summary detect = metrics.summaries().get(0);
    assertThat(detect.name()).isEqualTo("Time to detect");
    assertThat(detect.measured()).isEqualTo(1);
    assertThat(detect.median()).contains(Duration.ofMinutes(10));
  }
}
