package org.sitrep.model.doctor;

import java.util.List;
import org.jooq.Record;
import org.sitrep.model.delivery.DeliveryOutbox;
import org.sitrep.model.store.Workspace;

/**
 * The delivery outbox (ADR 21): messages to the war room, Jira, the status page. Two things go
 * wrong quietly: a delivery left "sending" by a Sitrep that was killed mid-request (nothing sends
 * it until it is queued again — the window does that itself, the command line never does), and
 * deliveries the target refused for good, which wait for a person.
 */
final class DeliveryChecks {

  private DeliveryChecks() {}

  static Finding interrupted(Workspace ws) {
    DeliveryOutbox outbox = new DeliveryOutbox(ws);
    List<Long> stuck = outbox.interrupted();
    int live = outbox.sendingNow();
    if (stuck.isEmpty()) {
      return Finding.healthy(
          "deliveries sending",
          live == 0
              ? "no delivery is stuck mid-request"
              : live + " delivery(ies) being sent right now by a running Sitrep");
    }
    return Finding.repairable(
        "deliveries sending",
        stuck.size()
            + " delivery(ies) were cut off mid-request when Sitrep stopped (first: #"
            + stuck.get(0)
            + ") and are stuck as sending: nothing goes out for their incident after them",
        "queue them again (the idempotency key, and a look-up first where the target allows it,"
            + " keep a resend from posting twice)",
        () -> outbox.requeueInterrupted() + " delivery(ies) queued again");
  }

  static Finding failedForGood(Workspace ws) {
    List<Record> failed =
        ws.read(
            db ->
                db.fetch(
                    "SELECT id, target, last_error FROM delivery"
                        + " WHERE state = 'FAILED_PERMANENTLY' ORDER BY id"));
    if (failed.isEmpty()) {
      return Finding.healthy("deliveries failed", "no delivery was refused for good");
    }
    Record first = failed.get(0);
    return Finding.problem(
        "deliveries failed",
        failed.size()
            + " delivery(ies) were refused for good (first: #"
            + first.get(0)
            + " to "
            + first.get(1)
            + ": "
            + first.get(2)
            + "). Not retried here: the target said no, so something needs a person — fix the"
            + " target (`sitrep deliveries list`), then `sitrep deliveries retry ID`");
  }
}
