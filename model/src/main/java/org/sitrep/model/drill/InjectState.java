package org.sitrep.model.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What happened to one inject in one drill: its status, how long the facilitator delayed it, and
 * when it was released (wall time and drill time) and acknowledged.
 */
public record InjectState(
    String injectId,
    InjectStatus status,
    Duration delay,
    Optional<Instant> releasedAt,
    Optional<Duration> releasedAtDrillTime,
    Optional<String> entryId,
    Optional<Instant> acknowledgedAt) {

  public static InjectState pending(String injectId) {
    return new InjectState(
        injectId,
        InjectStatus.PENDING,
        Duration.ZERO,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
