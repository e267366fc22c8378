package org.sitrep.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.drill.InjectStatus;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.drill.DrillRunner;
import org.sitrep.runbooks.drill.ScenarioLibrary;
import org.sitrep.runbooks.library.RunbookLibrary;

/** The facilitator's panel state on a real workspace, the wall clock moved by hand. */
class DrillFacilitatorViewModelTest {

  @TempDir Path dir;
  SteppingClock clock = SteppingClock.at("2026-11-21T10:00:00Z");
  Workspace ws;
  DrillRunner runner;
  List<Throwable> errors = new ArrayList<>();
  int[] logged = {0};
  DrillFacilitatorViewModel model;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir, clock);
    new RunbookLibrary(ws).seedIfEmpty();
    runner = new DrillRunner(ws);
    model =
        new DrillFacilitatorViewModel(
            runner, ws.changes(), clock, Tasks.sameThread(), errors::add, () -> logged[0]++);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private String startDrill(int speed) {
    String[] id = {null};
    new DrillStartViewModel(new ScenarioLibrary(ws), runner, Tasks.sameThread())
        .start("database-out-of-disk", speed, d -> id[0] = d.incidentId());
    return id[0];
  }

  private List<String> timeline(String id) {
    return ws.read(dsl -> LogRepository.timeline(dsl, id)).stream().map(LogEntry::text).toList();
  }

  private InjectRow row(String injectId) {
    return model.injects().stream()
        .filter(r -> r.injectId().equals(injectId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theTickReleasesDueInjectsIntoTheTimelineOnTheDrillClock() {
    String id = startDrill(1);
    model.load(id);
    assertThat(model.isDrill().get()).isTrue();
    assertThat(model.title().get()).isEqualTo("Drill: The payments database runs out of disk");
    assertThat(row("disk-alert").status()).isEqualTo(InjectStatus.RELEASED);
    assertThat(row("writes-failing").when()).isEqualTo("T+04:00");
    assertThat(row("finance-asks").when()).isEqualTo("after commander-assigned +3m");
    assertThat(timeline(id)).anyMatch(t -> t.contains("DiskAlmostFull"));

    clock.advance(Duration.ofMinutes(4));
    model.tick(clock.instant());
    assertThat(model.clockText().get()).isEqualTo("T+04:00 · 1×");
    assertThat(row("writes-failing").status()).isEqualTo(InjectStatus.RELEASED);
    assertThat(timeline(id)).anyMatch(t -> t.contains("Checkout API: 5xx"));
    assertThat(logged[0]).isPositive();
    assertThat(errors).isEmpty();
  }

  @Test
  void releasedOnTimeCountsEveryReleaseOfTheDrill() {
    String id = startDrill(1);
    model.load(id);
    // Opening the panel released disk-alert (T+0); T+4 brings writes-failing.
    assertThat(model.message().get()).isEqualTo("Released on time: 1 inject(s) so far");
    clock.advance(Duration.ofMinutes(4));
    model.tick(clock.instant());
    assertThat(model.message().get()).isEqualTo("Released on time: 2 inject(s) so far");

    clock.advance(Duration.ofMinutes(21));
    model.tick(clock.instant());
    assertThat(row("later").status()).isEqualTo(InjectStatus.RELEASED);
    assertThat(model.message().get()).isEqualTo("Released on time: 3 inject(s) so far");
    assertThat(errors).isEmpty();
  }

  @Test
  void theClockMovesWithoutTheStoreUntilAnInjectComesDueAndChangesReloadWhileActive() {
    String id = startDrill(1);
    model.activate();
    model.load(id);
    try (org.sitrep.app.StoreReads reads = org.sitrep.app.StoreReads.on(ws)) {
      for (int second = 0; second < 239; second++) {
        clock.advance(Duration.ofSeconds(1));
        model.tick(clock.instant());
      }
      assertThat(reads.steps()).as("SQLite steps during 239 ticks").isZero();
      assertThat(model.clockText().get()).isEqualTo("T+03:59 · 1×");
      assertThat(row("writes-failing").status()).isEqualTo(InjectStatus.PENDING);

      // T+04:00: writes-failing is due, and released on this second.
      clock.advance(Duration.ofSeconds(1));
      model.tick(clock.instant());
      assertThat(reads.steps()).isPositive();
      assertThat(row("writes-failing").status()).isEqualTo(InjectStatus.RELEASED);
      assertThat(timeline(id)).anyMatch(t -> t.contains("Checkout API: 5xx"));
    }

    // Paused from elsewhere (another window, a teammate's laptop): the panel follows the feed.
    runner.drills().pause(id);
    assertThat(model.paused().get()).isTrue();
    assertThat(model.clockText().get()).isEqualTo("T+04:00 · 1× · PAUSED");

    // Hidden: no subscription left, and a change no longer reaches the panel.
    model.deactivate();
    assertThat(ws.changes().watchers()).isZero();
    runner.drills().resume(id);
    assertThat(model.paused().get()).isTrue();
    assertThat(errors).isEmpty();
  }

  @Test
  void theFacilitatorReleasesDelaysSkipsAndAcknowledges() {
    String id = startDrill(1);
    model.load(id);
    model.release(row("writes-failing"));
    assertThat(row("writes-failing").status()).isEqualTo(InjectStatus.RELEASED);
    assertThat(timeline(id)).anyMatch(t -> t.contains("Checkout API: 5xx"));
    model.acknowledge(row("writes-failing"));
    assertThat(row("writes-failing").status()).isEqualTo(InjectStatus.ACKNOWLEDGED);

    model.delay(row("later"), Duration.ofMinutes(2));
    assertThat(row("later").when()).isEqualTo("T+27:00");
    model.skip(row("finance-asks"));
    assertThat(row("finance-asks").status()).isEqualTo(InjectStatus.SKIPPED);
    assertThat(row("finance-asks").state()).isEqualTo("skipped");
    assertThat(errors).isEmpty();
  }

  @Test
  void aPlayerAcknowledgesAnInjectFromItsTimelineEntry() {
    String id = startDrill(1);
    model.load(id);
    String entryId = row("disk-alert").entryId().orElseThrow();
    model.acknowledgeEntry(entryId);
    assertThat(row("disk-alert").status()).isEqualTo(InjectStatus.ACKNOWLEDGED);
    assertThat(timeline(id)).anyMatch(t -> t.contains("acknowledged"));

    String declared = ws.read(dsl -> LogRepository.timeline(dsl, id)).get(0).id();
    model.acknowledgeEntry(declared);
    assertThat(model.message().get())
        .isEqualTo("That entry is not a released inject of this drill");
  }

  @Test
  void pauseStopsTheClockAndSpeedCompressesIt() {
    String id = startDrill(1);
    model.load(id);
    model.setSpeed(10);
    clock.advance(Duration.ofSeconds(30));
    model.tick(clock.instant());
    assertThat(model.clockText().get()).isEqualTo("T+05:00 · 10×");
    assertThat(row("writes-failing").status()).isEqualTo(InjectStatus.RELEASED);

    model.togglePause();
    assertThat(model.paused().get()).isTrue();
    clock.advance(Duration.ofMinutes(10));
    model.tick(clock.instant());
    assertThat(model.clockText().get()).isEqualTo("T+05:00 · 10× · PAUSED");
    model.togglePause();
    assertThat(model.paused().get()).isFalse();
  }

  @Test
  void pullingThePlugMakesTheLaptopOfflineUntilRestored() {
    String id = startDrill(1);
    model.load(id);
    model.togglePlug();
    assertThat(model.offline().get()).isTrue();
    assertThat(runner.drills().isOffline()).isTrue();
    assertThat(model.clockText().get()).endsWith("PLUG PULLED");
    model.togglePlug();
    assertThat(runner.drills().isOffline()).isFalse();
  }

  @Test
  void endingStopsEverythingAndRefusesFurtherChangesInPlace() {
    String id = startDrill(1);
    model.load(id);
    boolean[] ended = {false};
    model.end(() -> ended[0] = true);
    assertThat(ended[0]).isTrue();
    assertThat(model.ended().get()).isTrue();
    assertThat(model.clockText().get()).contains("ENDED");
    int entries = timeline(id).size();

    model.release(row("writes-failing"));
    assertThat(model.message().get()).contains("has ended");
    assertThat(timeline(id)).hasSize(entries);
  }

  @Test
  void anIncidentThatIsNotADrillShowsNothingAndChangesNothing() {
    String real =
        new IncidentService(ws)
            .declare(
                new NewIncident("Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
            .id();
    model.load(real);
    assertThat(model.isDrill().get()).isFalse();
    assertThat(model.injects()).isEmpty();
    int entries = timeline(real).size();
    model.togglePause();
    assertThat(model.message().get()).startsWith("No drill open");
    assertThat(timeline(real)).hasSize(entries);
    assertThat(errors).isEmpty();
  }

  @Test
  void anUnknownScenarioIsRefusedWithItsNameAndStartsNothing() {
    DrillStartViewModel start =
        new DrillStartViewModel(new ScenarioLibrary(ws), runner, Tasks.sameThread());
    boolean[] started = {false};
    start.start("no-such-drill", 1, d -> started[0] = true);
    assertThat(started[0]).isFalse();
    assertThat(start.problem().get()).contains("no scenario 'no-such-drill'");
    start.start("  ", 1, d -> started[0] = true);
    assertThat(start.problem().get()).startsWith("Choose a starter scenario");
    assertThat(ws.read(org.sitrep.model.incident.IncidentRepository::all)).isEmpty();
    assertThat(DrillStartViewModel.starters())
        .extracting(s -> s.id())
        .contains("database-out-of-disk");
  }
}
