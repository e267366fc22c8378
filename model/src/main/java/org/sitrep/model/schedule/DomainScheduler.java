package org.sitrep.model.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.sitrep.model.feed.Subscription;

/**
 * The one place time-driven domain work runs: page timers, drill injects, the look for other
 * processes' commits. It runs on the workspace's clock (the one tests move by hand), whatever view
 * is open, and keeps running when the window shows something else.
 *
 * <p>{@link #runDue()} runs every job whose time has come, on the calling thread; {@link #start}
 * calls it from one daemon thread. Tests do not start it: they move their clock and call {@code
 * runDue()}, so no test sleeps.
 */
public final class DomainScheduler implements AutoCloseable {

  private final InstantSource clock;
  private final Consumer<Throwable> onFailure;
  private final List<Job> jobs = new CopyOnWriteArrayList<>();
  private final ReentrantLock running = new ReentrantLock();
  private ScheduledExecutorService thread;

  /** {@code onFailure} hears of a job that threw; the job runs again at its next time. */
  public DomainScheduler(InstantSource clock, Consumer<Throwable> onFailure) {
    this.clock = clock;
    this.onFailure = onFailure;
  }

  /**
   * Runs {@code job} with the clock's time now (at the next {@link #runDue()}) and then every
   * {@code period}, until the returned subscription is released.
   */
  public Subscription every(String name, Duration period, Consumer<Instant> job) {
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("a job's period must be positive: " + name);
    }
    Job j = new Job(name, period, job, null);
    jobs.add(j);
    return () -> jobs.remove(j);
  }

  /** The names of the jobs scheduled now, in the order they were added. */
  public List<String> jobs() {
    List<String> names = new ArrayList<>();
    jobs.forEach(j -> names.add(j.name));
    return names;
  }

  /**
   * Runs every job that is due by the clock, once each (a clock that jumped an hour does not replay
   * an hour of seconds), and schedules its next run one period after now.
   *
   * @return how many jobs ran
   */
  public int runDue() {
    running.lock();
    try {
      Instant now = clock.instant();
      int ran = 0;
      for (Job j : jobs) {
        if (j.next == null || !now.isBefore(j.next)) {
          j.next = now.plus(j.period);
          ran++;
          try {
            j.work.accept(now);
          } catch (RuntimeException e) {
            onFailure.accept(e);
          }
        }
      }
      return ran;
    } finally {
      running.unlock();
    }
  }

  /** Calls {@link #runDue()} every {@code resolution} on one daemon thread until closed. */
  public synchronized void start(Duration resolution) {
    if (thread != null) {
      return;
    }
    thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sitrep-scheduler");
              t.setDaemon(true);
              return t;
            });
    long ms = resolution.toMillis();
    thread.scheduleWithFixedDelay(this::runQuietly, 0, ms, TimeUnit.MILLISECONDS);
  }

  private void runQuietly() {
    try {
      runDue();
    } catch (RuntimeException e) {
      onFailure.accept(e); // a thrown task would silently end the fixed-delay schedule
    }
  }

  /** Stops the thread (waiting for a run in progress); jobs stay registered but never run. */
  @Override
  public synchronized void close() {
    if (thread != null) {
      thread.shutdown();
      try {
        thread.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread = null;
    }
  }

  private static final class Job {
    final String name;
    final Duration period;
    final Consumer<Instant> work;
    volatile Instant next;

    Job(String name, Duration period, Consumer<Instant> work, Instant next) {
      this.name = name;
      this.period = period;
      this.work = work;
      this.next = next;
    }
  }
}
