package org.sitrep.model.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.testing.SteppingClock;

/** The scheduler on a clock the test moves: nothing runs before its time, nothing sleeps. */
class DomainSchedulerTest {

  private final SteppingClock clock = SteppingClock.at("2026-11-20T22:40:00Z");
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private final DomainScheduler scheduler = new DomainScheduler(clock, failures::add);

  @Test
  void aJobRunsAtOnceThenEveryPeriodByTheClockOnlyOncePerDueTime() {
    List<Instant> runs = new CopyOnWriteArrayList<>();
    scheduler.every("page reminders", Duration.ofSeconds(5), runs::add);
    Instant start = clock.instant();

    assertThat(scheduler.runDue()).isEqualTo(1);
    assertThat(scheduler.runDue()).isZero(); // same instant: not due again
    clock.advance(Duration.ofSeconds(4));
    assertThat(scheduler.runDue()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(scheduler.runDue()).isEqualTo(1);
    // A laptop asleep for an hour runs the job once on waking, not 720 times.
    clock.advance(Duration.ofHours(1));
    assertThat(scheduler.runDue()).isEqualTo(1);

    assertThat(runs)
        .containsExactly(
            start, start.plusSeconds(5), start.plusSeconds(5).plus(Duration.ofHours(1)));
  }

  @Test
  void aReleasedJobStopsAndAFailingJobIsReportedAndRunsAgainLater() {
    List<Instant> kept = new CopyOnWriteArrayList<>();
    int[] failing = {0};
    Subscription drill =
        scheduler.every(
            "drill injects",
            Duration.ofSeconds(1),
            now -> {
              failing[0]++;
              throw new IllegalStateException("store closed");
            });
    scheduler.every("other processes", Duration.ofSeconds(1), kept::add);
    assertThat(scheduler.jobs()).containsExactly("drill injects", "other processes");

    scheduler.runDue();
    assertThat(failures).singleElement().satisfies(e -> assertThat(e).hasMessage("store closed"));
    assertThat(kept).hasSize(1); // the other job ran despite the failure before it
    clock.advance(Duration.ofSeconds(1));
    scheduler.runDue();
    assertThat(failing[0]).isEqualTo(2);

    drill.release();
    assertThat(scheduler.jobs()).containsExactly("other processes");
    clock.advance(Duration.ofSeconds(1));
    scheduler.runDue();
    assertThat(failing[0]).isEqualTo(2);
    assertThat(kept).hasSize(3);
  }
}
