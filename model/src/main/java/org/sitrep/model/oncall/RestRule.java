package org.sitrep.model.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Off-call rest: someone who answered a page at night (in their own zone) rests for the next {@code
 * rest} and is not the first to call. Night runs from {@code nightStart} to {@code nightEnd},
 * across midnight when start is after end. Default 22:00–07:00, 24 hours.
 */
public record RestRule(LocalTime nightStart, LocalTime nightEnd, Duration rest) {

  public static final RestRule DEFAULT =
      new RestRule(LocalTime.of(22, 0), LocalTime.of(7, 0), Duration.ofHours(24));

  public boolean isNight(Instant t, ZoneId zone) {
    LocalTime local = LocalTime.ofInstant(t, zone);
    if (nightStart.isAfter(nightEnd)) {
      return !local.isBefore(nightStart) || local.isBefore(nightEnd);
    }
    return !local.isBefore(nightStart) && local.isBefore(nightEnd);
  }

  /** Until when someone paged at {@code pagedAt} rests, as of {@code now}; empty when not. */
  public Optional<Instant> restingUntil(List<Instant> answeredPages, ZoneId zone, Instant now) {
    return answeredPages.stream()
        .filter(p -> !p.isAfter(now) && isNight(p, zone))
        .map(p -> p.plus(rest))
        .filter(until -> until.isAfter(now))
        .max(Instant::compareTo);
  }
}
