package org.sitrep.runbooks.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.drill.InjectStatus;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.Role;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.checklist.Checklist;
import org.sitrep.runbooks.checklist.ChecklistService;
import org.sitrep.runbooks.library.RunbookLibrary;

/** A drill played through the real services on a real file, with a wall clock moved by hand. */
class DrillRunnerTest {

  @TempDir Path dir;
  SteppingClock clock = SteppingClock.at("2026-11-21T10:00:00Z");
  Workspace ws;
  DrillRunner runner;
  IncidentService incidents;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir, clock);
    new RunbookLibrary(ws).seedIfEmpty();
    runner = new DrillRunner(ws);
    incidents = new IncidentService(ws);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private Drill start(int speed) {
    return runner.start(new ScenarioLibrary(ws).load("database-out-of-disk"), speed);
  }

  private List<String> tick(String id) {
    return runner.tick(id, clock.instant()).stream().map(LogEntry::text).toList();
  }

  @Test
  void injectsArriveInTheTimelineOnTheDrillClockAndAfterTheirTriggers() {
    String id = start(1).incidentId();
    assertThat(tick(id))
        .containsExactly(
            "DRILL INJECT — ALERT: Prometheus: pg-2 /var/lib/postgresql at 96% and rising (DiskAlmostFull, page)");
    assertThat(tick(id)).as("released once only").isEmpty();
    clock.advance(Duration.ofMinutes(2));
    incidents.assignRole(id, Role.COMMANDER, "Dana Okafor");
    clock.advance(Duration.ofMinutes(2));
    assertThat(tick(id)).singleElement().asString().contains("Checkout API: 5xx");
    clock.advance(Duration.ofMinutes(1));
    assertThat(tick(id))
        .containsExactly(
            "DRILL INJECT — MESSAGE from Head of Finance: Month-end close is running tonight. Are payments safe? When will you know?");
    LogEntry last =
        ws.read(dsl -> LogRepository.timeline(dsl, id)).stream().reduce((a, b) -> b).orElseThrow();
    assertThat(last.event()).isEqualTo(EventCode.DRILL_INJECT_RELEASED);
    // Every change went to the outbox, field by field, for sync to merge.
    assertThat(
            ws.read(dsl -> OutboxRepository.after(dsl, ws.device().id(), 0)).stream()
                .filter(o -> o.entity().equals("drill_inject"))
                .map(o -> o.field())
                .distinct())
        .contains("state", "released", "delay_ms", "acknowledged_ms");
  }

  @Test
  void everyRunningDrillTicksNotOnlyTheOneOnScreen() {
    String first = start(1).incidentId();
    String second = start(1).incidentId();
    String ended = start(1).incidentId();
    runner.drills().end(ended);

    List<LogEntry> released = runner.tickAll(clock.instant());

    assertThat(released).extracting(LogEntry::incidentId).containsExactly(first, second);
    assertThat(runner.tickAll(clock.instant())).as("released once only").isEmpty();
  }

  @Test
  void pauseHoldsInjectsBackAndSpeedUpBringsThemSooner() {
    String id = start(10).incidentId();
    tick(id);
    runner.drills().pause(id);
    clock.advance(Duration.ofHours(1));
    assertThat(tick(id)).isEmpty();
    runner.drills().resume(id);
    clock.advance(Duration.ofSeconds(23));
    assertThat(tick(id)).isEmpty();
    clock.advance(Duration.ofSeconds(1)); // 24 s at 10x = T+4m
    assertThat(tick(id)).singleElement().asString().contains("Checkout API");
    assertThatThrownBy(() -> runner.drills().resume(id))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessage("the drill is already running");
  }

  @Test
  void theFacilitatorReleasesEarlyDelaysAndSkips() {
    String id = start(1).incidentId();
    tick(id);
    runner.release(id, "later");
    Drill drill = runner.drills().get(id);
    assertThat(drill.inject("later").status()).isEqualTo(InjectStatus.RELEASED);
    // The time jump moved the clock by 30 minutes at once.
    assertThat(drill.clock().at(clock.instant())).isEqualTo(Duration.ofMinutes(30));
    // T+4m has passed on the drill clock, but the delay holds it back.
    runner.delay(id, "writes-failing", Duration.ofMinutes(40));
    assertThat(tick(id)).isEmpty();
    runner.skip(id, "writes-failing");
    clock.advance(Duration.ofHours(2));
    assertThat(tick(id)).isEmpty();
    assertThatThrownBy(() -> runner.release(id, "writes-failing"))
        .hasMessage("inject writes-failing is already skipped");
    assertThatThrownBy(() -> runner.release(id, "nope")).hasMessageContaining("no inject nope");
  }

  @Test
  void pullingThePlugIsAClearQueryUntilTheDrillEnds() {
    String id = start(1).incidentId();
    assertThat(runner.drills().isOffline()).isFalse();
    runner.drills().setOffline(id, true);
    assertThat(runner.drills().isOffline()).isTrue();
    assertThat(runner.drills().isOffline(id)).isTrue();
    runner.drills().end(id);
    assertThat(runner.drills().isOffline()).as("an ended drill holds nothing back").isFalse();
    assertThatThrownBy(() -> runner.drills().pause(id)).hasMessageContaining("has ended");
  }

  @Test
  void theScorecardMeasuresInDrillTimeAndComparesWithEarlierRuns() {
    String first = playOnce(Duration.ofMinutes(3));
    clock.advance(Duration.ofHours(1));
    String second = playOnce(Duration.ofMinutes(7));
    Scorecard card = new Scorecards(ws, runner).of(second);
    assertThat(card.figures().get(0).at()).contains(Duration.ofMinutes(7));
    assertThat(card.figures().get(1).at()).as("all three roles").contains(Duration.ofMinutes(9));
    assertThat(card.figures().get(2).say()).isEqualTo("not reached");
    assertThat(card.steps().get(0).at()).contains(Duration.ofMinutes(10));
    assertThat(card.steps().get(1).say()).isEqualTo("not reached");
    assertThat(card.skippedSteps())
        .singleElement()
        .asString()
        .contains("assess/find-what-uses-the-space-table — no access");
    assertThat(card.unacknowledged()).singleElement().asString().startsWith("disk-alert");
    assertThat(card.goals().get(0).met()).contains(false);
    assertThat(card.goals().get(1).met()).contains(true);
    assertThat(card.goals().get(3).met()).isEmpty();
    assertThat(card.earlier())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.incidentId()).isEqualTo(first);
              assertThat(r.figures().get(0).at()).contains(Duration.ofMinutes(3));
            });
    assertThat(card.length()).contains(Duration.ofMinutes(12));
    assertThat(ScorecardText.of(card))
        .contains("  Time to declare                7 min 00 s\n")
        .contains(
            "MISSED  Acknowledge the alert within 5 minutes — 7 min 00 s (goal: within 5 min 00 s)")
        .contains(first + " (");
  }

  @Test
  void theScorecardCountsTakingChargeAndSaysWhatIsStillMissing() {
    String id = start(1).incidentId();
    tick(id);
    clock.advance(Duration.ofMinutes(2));
    incidents.assignRole(id, Role.COMMANDER, "Dana");
    clock.advance(Duration.ofMinutes(3));
    runner.release(id, "later");

    Scorecard card = new Scorecards(ws, runner).of(id);

    // Taking the commander role at T+2 is the players declaring the incident.
    assertThat(card.figures().get(0).say()).isEqualTo("2 min 00 s");
    assertThat(card.figures().get(1).say())
        .isEqualTo("not reached — scribe, ops lead not assigned (commander at 2 min 00 s)");
    assertThat(card.steps().get(0).say())
        .isEqualTo("not reached — no runbook was attached (Ctrl+R attaches one)");
    LogEntry inject =
        ws.read(dsl -> org.sitrep.model.log.LogRepository.timeline(dsl, id)).stream()
            .filter(e -> e.event() == org.sitrep.model.log.EventCode.DRILL_INJECT_RELEASED)
            .findFirst()
            .orElseThrow();
    assertThat(inject.author())
        .as("the scenario speaks, not the operator")
        .isEqualTo("scenario database-out-of-disk");

    runner.drills().end(id);
    assertThat(ws.read(dsl -> org.sitrep.model.incident.IncidentRepository.get(dsl, id)).status())
        .as("an ended drill no longer reads investigating")
        .isEqualTo(org.sitrep.model.incident.IncidentStatus.RESOLVED);
    assertThat(new Scorecards(ws, runner).of(id).figures().get(2).say())
        .as("the resolution at the end is not the players' status update")
        .isEqualTo("not reached");
  }

  private String playOnce(Duration acknowledgeAfter) {
    String id = start(1).incidentId();
    tick(id);
    clock.advance(acknowledgeAfter);
    incidents.setMilestone(id, Milestone.ACKNOWLEDGED, clock.instant());
    clock.advance(Duration.ofMinutes(9).minus(acknowledgeAfter));
    incidents.assignRole(id, Role.COMMANDER, "Dana");
    incidents.assignRole(id, Role.SCRIBE, "Sam");
    incidents.assignRole(id, Role.OPS_LEAD, "Kim");
    ChecklistService checklists = new ChecklistService(ws);
    Checklist c = checklists.attach(id, "db-out-of-disk");
    clock.advance(Duration.ofMinutes(1));
    checklists.check(c.run().id(), "assess/check-which-filesystem-is-full-for");
    checklists.skip(c.run().id(), "assess/find-what-uses-the-space-table", "no access");
    clock.advance(Duration.ofMinutes(2));
    runner.drills().end(id);
    return id;
  }
}
