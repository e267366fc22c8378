package org.sitrep.model.delivery;

import java.time.Instant;
import java.util.Optional;

/**
 * One message for one target, built from one log entry and redacted before it was queued. {@code
 * attempts} counts the times it was handed to a target: above one, the target may already have it,
 * so a target that can look before it creates does.
 */
public record Delivery(
    long id,
    String target,
    String incidentId,
    String entryId,
    String event,
    String idempotencyKey,
    Notice notice,
    boolean simulated,
    DeliveryState state,
    int attempts,
    Instant nextAttempt,
    Optional<String> lastError,
    Optional<String> remoteRef,
    Instant created) {

  /** Whether an earlier attempt may have reached the target (sent, then no answer came back). */
  public boolean mayHaveArrived() {
    return attempts > 1;
  }
}
