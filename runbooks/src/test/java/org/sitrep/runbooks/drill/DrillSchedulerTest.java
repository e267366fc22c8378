package org.sitrep.runbooks.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.schedule.DomainScheduler;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.library.RunbookLibrary;

/**
 * Injects are released by the domain scheduler on the workspace's clock: no panel, no view, no tick
 * call from a test, only the clock moving and the scheduler running what is due.
 */
class DrillSchedulerTest {

  @TempDir Path dir;
  SteppingClock clock = SteppingClock.at("2026-11-21T10:00:00Z");
  Workspace ws;
  DrillRunner runner;
  final List<Throwable> failures = new CopyOnWriteArrayList<>();

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

  private List<String> released(String incident) {
    return ws.read(dsl -> LogRepository.timeline(dsl, incident)).stream()
        .filter(e -> e.event() == EventCode.DRILL_INJECT_RELEASED)
        .map(LogEntry::text)
        .toList();
  }

  @Test
  void theSchedulerReleasesDueInjectsOfEveryRunningDrillUntilReleased() {
    DomainScheduler scheduler = new DomainScheduler(clock, failures::add);
    Subscription job = runner.releaseOn(scheduler);
    String id = runner.start(new ScenarioLibrary(ws).load("database-out-of-disk"), 1).incidentId();
    assertThat(released(id)).isEmpty();

    scheduler.runDue();
    assertThat(released(id))
        .containsExactly(
            "DRILL INJECT — ALERT: Prometheus: pg-2 /var/lib/postgresql at 96% and rising (DiskAlmostFull, page)");

    // The failing-writes alert is due four minutes in; with the job released nothing comes.
    clock.advance(Duration.ofMinutes(5));
    job.release();
    scheduler.runDue();
    assertThat(released(id)).hasSize(1);

    runner.releaseOn(scheduler);
    scheduler.runDue();
    assertThat(released(id))
        .hasSize(2)
        .last()
        .asString()
        .contains("Checkout API: 5xx on POST /payments");
    assertThat(failures).isEmpty();
  }
}
