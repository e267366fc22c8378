package org.sitrep.model.oncall;

import java.time.Duration;
import java.time.Instant;

/**
 * How far recurring on-call events are expanded: a rule without an end would otherwise be infinite.
 * Shifts that end before {@code from} or start after {@code to} are not created.
 */
public record IcsWindow(Instant from, Instant to) {

  public static final int DEFAULT_PAST_DAYS = 90;
  public static final int DEFAULT_FUTURE_DAYS = 365;

  public static IcsWindow around(Instant now, int pastDays, int futureDays) {
    if (pastDays < 0 || futureDays < 0) {
      throw new IllegalArgumentException("the window's days must not be negative");
    }
    return new IcsWindow(
        now.minus(Duration.ofDays(pastDays)), now.plus(Duration.ofDays(futureDays)));
  }

  public static IcsWindow around(Instant now) {
    return around(now, DEFAULT_PAST_DAYS, DEFAULT_FUTURE_DAYS);
  }
}
