package org.sitrep.model.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.model.merge.RemoteOperationsTest.exchange;
import static org.sitrep.model.merge.RemoteOperationsTest.hash;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.drill.ClockSegment;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.drill.DrillInjects;
import org.sitrep.model.drill.DrillRepository;
import org.sitrep.model.drill.DrillService;
import org.sitrep.model.drill.InjectStatus;
import org.sitrep.model.drill.NewDrill;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

/** A drill run from one laptop and watched (or co-facilitated) from another. */
class DrillMergeTest {

  @TempDir Path dir;
  private final SteppingClock wall = SteppingClock.at("2026-12-04T09:00:00Z");
  private Workspace a;
  private Workspace b;

  @BeforeEach
  void open() {
    a = TestWorkspace.open(dir.resolve("a"), wall);
    b = TestWorkspace.open(dir.resolve("b"), wall);
  }

  @AfterEach
  void close() {
    a.close();
    b.close();
  }

  private Drill start(Workspace ws) {
    return new DrillService(ws)
        .start(
            new NewDrill(
                "db-failover",
                "Primary database fails over",
                "id: db-failover\n",
                Severity.SEV2,
                List.of("postgres"),
                "",
                1));
  }

  private static Drill drill(Workspace ws, String id) {
    return ws.read(dsl -> DrillRepository.find(dsl, id)).orElseThrow();
  }

  @Test
  void aReleasedInjectAndAPausedClockArriveOnTheOtherLaptop() {
    Drill started = start(a);
    wall.advance(Duration.ofMinutes(3));
    new DrillInjects(new DrillService(a))
        .release(started.incidentId(), "replica-lag", "ALERT: replica lag 40 s");
    new DrillService(a).pause(started.incidentId());

    exchange(a, b);

    Drill there = drill(b, started.incidentId());
    assertThat(there.clock().paused()).isTrue();
    assertThat(there.clock().segments()).hasSize(2);
    assertThat(there.inject("replica-lag").status()).isEqualTo(InjectStatus.RELEASED);
    assertThat(there.inject("replica-lag").entryId())
        .isEqualTo(drill(a, started.incidentId()).inject("replica-lag").entryId());
    assertThat(hash(a)).isEqualTo(hash(b));
  }

  @Test
  void twoFacilitatorsChangingTheClockAtOnceEndWithTheSameClock() {
    Drill started = start(a);
    exchange(a, b);
    wall.advance(Duration.ofMinutes(2));
    new DrillService(a).pause(started.incidentId());
    wall.advance(Duration.ofSeconds(5));
    new DrillService(b).setSpeed(started.incidentId(), 10);

    exchange(a, b);
    exchange(b, a);

    List<ClockSegment> onA = drill(a, started.incidentId()).clock().segments();
    List<ClockSegment> onB = drill(b, started.incidentId()).clock().segments();
    assertThat(onA).hasSize(2).isEqualTo(onB);
    assertThat(onA.get(1).speed()).as("the later change wins on both").isEqualTo(10);
    assertThat(hash(a)).isEqualTo(hash(b));
  }
}
