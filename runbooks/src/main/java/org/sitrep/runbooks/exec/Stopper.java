package org.sitrep.runbooks.exec;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * When a running command must stop: its deadline, or the operator pressing cancel. Executors poll
 * it; cancelling is safe from any thread.
 */
public final class Stopper {

  public enum Reason {
    TIMEOUT,
    CANCELLED
  }

  private final Instant deadline;
  private final InstantSource clock;
  private volatile boolean cancelled;

  public Stopper(Duration timeout, InstantSource clock) {
    this.clock = clock;
    this.deadline = clock.instant().plus(timeout);
  }

  public void cancel() {
    cancelled = true;
  }

  public Optional<Reason> reason() {
    if (cancelled) {
      return Optional.of(Reason.CANCELLED);
    }
    return clock.instant().isAfter(deadline) ? Optional.of(Reason.TIMEOUT) : Optional.empty();
  }
}
