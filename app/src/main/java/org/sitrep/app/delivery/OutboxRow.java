package org.sitrep.app.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import org.sitrep.model.delivery.Delivery;
import org.sitrep.model.delivery.DeliveryState;

/**
 * One delivery as the outbox view shows it: words, not records. The last error passes the
 * workspace's redactor once more on its way to the screen: it names hosts, never credentials, and
 * this keeps it so even if a target's answer quoted one back.
 */
public record OutboxRow(
    long id,
    String target,
    String incident,
    String event,
    String state,
    int attempts,
    String nextAttempt,
    String lastError,
    boolean retryable,
    boolean cancellable) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  static OutboxRow of(Delivery d, Instant now, UnaryOperator<String> redact) {
    String next;
    if (d.state() != DeliveryState.QUEUED) {
      next = "—";
    } else if (!d.nextAttempt().isAfter(now)) {
      next = "now";
    } else {
      next = TIME.format(d.nextAttempt());
    }
    return new OutboxRow(
        d.id(),
        d.target(),
        d.incidentId(),
        d.event() + (d.simulated() ? " (drill)" : ""),
        d.state().label(),
        d.attempts(),
        next,
        d.lastError().map(redact).orElse(""),
        d.state() != DeliveryState.SENT && d.state() != DeliveryState.SENDING,
        d.state() == DeliveryState.QUEUED);
  }
}
