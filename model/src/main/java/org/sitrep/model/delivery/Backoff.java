package org.sitrep.model.delivery;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try again: exponential (5 s, 10 s, 20 s, … up to 15 min) with "equal jitter" — half the
 * wait fixed, half random — so a laptop coming back online does not hit a target with every
 * delivery at once, yet never retries sooner than half the step. A {@code Retry-After} the target
 * sent wins, capped at an hour.
 */
public final class Backoff {

  static final Duration FIRST = Duration.ofSeconds(5);
  static final Duration CAP = Duration.ofMinutes(15);
  static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

  private final DoubleSupplier random;

  /** {@code random} gives values in [0, 1): tests pass a fixed one. */
  public Backoff(DoubleSupplier random) {
    this.random = random;
  }

  /** The wait after the {@code attempts}-th failed attempt (1 = the first). */
  public Duration after(int attempts, java.util.Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      Duration asked = retryAfter.get();
      return asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked;
    }
    long step = FIRST.toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
    step = Math.min(step, CAP.toMillis());
    long half = step / 2;
    return Duration.ofMillis(half + (long) (random.getAsDouble() * half));
  }
}
