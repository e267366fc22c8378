package org.sitrep.model.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

class HybridLogicalClockTest {

  private final SteppingClock wall = SteppingClock.at("2026-11-21T10:00:00Z");

  @Test
  void followsTheWallClockWhenItMovesForward() {
    HybridLogicalClock clock = new HybridLogicalClock(wall, "dev-a", 0);
    Hlc first = clock.now();
    wall.advance(Duration.ofSeconds(5));
    Hlc second = clock.now();

    assertThat(first.instant()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
    assertThat(first.counter()).isZero();
    assertThat(second.instant()).isEqualTo(Instant.parse("2026-11-21T10:00:05Z"));
    assertThat(second.counter()).isZero();
  }

  @Test
  void neverRunsBackwardsWhenTheWallClockJumpsBackAndForth() {
    HybridLogicalClock clock = new HybridLogicalClock(wall, "dev-a", 0);
    List<Hlc> readings = new ArrayList<>();
    long[] jumpsMillis = {0, 1, -3_600_000, 5, -1, 7_200_000, -7_200_000, 0, 0, 2, -86_400_000, 3};
    for (long jump : jumpsMillis) {
      wall.advance(Duration.ofMillis(jump));
      readings.add(clock.now());
      readings.add(clock.now());
    }

    for (int i = 1; i < readings.size(); i++) {
      assertThat(readings.get(i))
          .as("reading %d after %s", i, readings.get(i - 1))
          .isGreaterThan(readings.get(i - 1));
    }
    // While the wall clock lags an hour behind, the clock keeps the later time and counts.
    assertThat(readings.get(4).instant()).isEqualTo(readings.get(3).instant());
    assertThat(readings.get(4).counter()).isEqualTo(readings.get(3).counter() + 1);
  }

  @Test
  void borrowsTheNextMillisecondWhenTheCounterIsFull() {
    long full = (wall.millis() << 16) | Hlc.MAX_COUNTER;
    HybridLogicalClock clock = new HybridLogicalClock(wall, "dev-a", full);

    Hlc next = clock.now();

    assertThat(next.millis()).isEqualTo(wall.millis() + 1);
    assertThat(next.counter()).isZero();
  }

  @Test
  void aWriteAfterARemoteReadingIsLaterThanIt() {
    HybridLogicalClock clock = new HybridLogicalClock(wall, "dev-a", 0);
    long remote = Hlc.unpack((wall.millis() + 60_000) << 16 | 7, "dev-b").packed();

    Hlc mine = clock.nowAfter(remote);

    assertThat(mine.packed()).isGreaterThan(remote);
  }

  @Test
  void packsIntoOneSortableLong() {
    Hlc h = new Hlc(1_763_719_200_123L, 42, "dev-a");
    assertThat(Hlc.unpack(h.packed(), "dev-a")).isEqualTo(h);
    assertThat(new Hlc(5, 0, "a")).isGreaterThan(new Hlc(4, Hlc.MAX_COUNTER, "z"));
    assertThat(new Hlc(5, 1, "b")).isGreaterThan(new Hlc(5, 1, "a"));
  }

  @Test
  void continuesForwardAfterARestartWithTheWallClockSetBack(@TempDir Path dir) {
    List<LogEntry> before = new ArrayList<>();
    String incident;
    try (Workspace ws = TestWorkspace.open(dir, wall)) {
      IncidentService incidents = new IncidentService(ws);
      incident =
          incidents
              .declare(
                  new NewIncident("Clock test", Severity.SEV3, IncidentKind.REAL, List.of(), ""))
              .id();
      for (int i = 0; i < 5; i++) {
        before.add(incidents.addEntry(incident, EntryKind.NOTE, "before " + i));
      }
    }
    wall.advance(Duration.ofDays(-2)); // the laptop wakes with a stale clock

    try (Workspace ws = TestWorkspace.open(dir, wall)) {
      LogEntry after = new IncidentService(ws).addEntry(incident, EntryKind.NOTE, "after restart");

      assertThat(after.hlc()).isGreaterThan(before.get(before.size() - 1).hlc());
      assertThat(after.wallTime())
          .as("the entry still shows the wall time it was written at")
          .isEqualTo(wall.instant());
    }
  }
}
