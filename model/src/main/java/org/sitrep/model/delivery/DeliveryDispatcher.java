package org.sitrep.model.delivery;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.schedule.DomainScheduler;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.store.WriteTx;

/**
 * Sends what the outbox holds: one delivery at a time, each marked "sending" in its own committed
 * transaction before the request leaves, and its outcome written in another after. A process killed
 * between the two leaves a "sending" row whose process is gone: the next run queues it again, and
 * the target, seeing an attempt above one, looks before it creates.
 *
 * <p>Never call this on the UI thread: it waits on the network.
 */
public final class DeliveryDispatcher {

  /** How often the scheduler looks for due deliveries. */
  public static final Duration CADENCE = Duration.ofSeconds(5);

  private static final int MAX_PER_RUN = 200;

  private final Workspace workspace;
  private final DeliveryOutbox outbox;
  private final Courier courier;
  private final Backoff backoff;
  private volatile BooleanSupplier offline = () -> false;

  public DeliveryDispatcher(
      Workspace workspace, DeliveryOutbox outbox, Courier courier, Backoff backoff) {
    this.workspace = workspace;
    this.outbox = outbox;
    this.courier = courier;
    this.backoff = backoff;
  }

  /**
   * While {@code when} holds (a drill pulled the plug), nothing is sent: this laptop is offline.
   */
  public void pauseWhen(BooleanSupplier when) {
    offline = when;
  }

  /** Queues and sends on the domain scheduler, every {@link #CADENCE}. */
  public Subscription sendOn(DomainScheduler scheduler) {
    return scheduler.every(
        "deliveries",
        CADENCE,
        now -> {
          outbox.enqueueNew();
          sendDue();
        });
  }

  /**
   * Queues "sending" deliveries whose process is gone (killed mid-request) to be sent again.
   *
   * @return how many
   */
  public int recoverInterrupted() {
    return workspace.write(
        tx -> {
          int n = 0;
          for (DeliveryRepository.Sending s : DeliveryRepository.sending(tx.dsl())) {
            if (!s.sender().isAlive()) {
              DeliveryRepository.requeue(
                  tx.dsl(),
                  s.id(),
                  "interrupted mid-request (Sitrep stopped): sent again, looked up first where the"
                      + " target allows",
                  tx.wallTime().toEpochMilli());
              tx.changedLocally(DeliveryOutbox.ENTITY, String.valueOf(s.id()), null);
              n++;
            }
          }
          return n;
        });
  }

  /**
   * Sends every delivery due now, in order per target and incident.
   *
   * @return how many attempts were made (sent, failed or to retry)
   */
  public int sendDue() {
    if (offline.getAsBoolean()) {
      return 0;
    }
    recoverInterrupted();
    int attempts = 0;
    while (attempts < MAX_PER_RUN) {
      Optional<Claimed> next = workspace.write(this::claimNext);
      if (next.isEmpty()) {
        break;
      }
      attempts++;
      Claimed c = next.get();
      Outcome outcome;
      if (c.delivery().simulated()) {
        outcome = Outcome.sent(Optional.of("simulated"));
      } else {
        try {
          outcome = courier.carry(c.delivery(), c.target(), c.link());
        } catch (RuntimeException e) {
          // A courier bug must not leave the row "sending" in a live process for ever.
          outcome =
              Outcome.retry("could not send: " + e.getClass().getSimpleName(), Optional.empty());
        }
      }
      Outcome done = outcome;
      workspace.write(tx -> record(tx, c, done));
    }
    return attempts;
  }

  private Optional<Claimed> claimNext(WriteTx tx) {
    long now = tx.wallTime().toEpochMilli();
    while (true) {
      Optional<Delivery> due = DeliveryRepository.nextDue(tx.dsl(), now);
      if (due.isEmpty()) {
        return Optional.empty();
      }
      Delivery d = due.get();
      Optional<DeliveryTarget> target = DeliveryTargets.find(tx.dsl(), d.target());
      if (target.isEmpty()) {
        DeliveryRepository.finish(
            tx.dsl(),
            d.id(),
            DeliveryState.CANCELLED,
            Optional.of("target " + d.target() + " was removed"),
            Optional.empty(),
            now);
        continue;
      }
      DeliveryRepository.claim(tx.dsl(), d.id(), SenderProcess.SELF);
      tx.changedLocally(DeliveryOutbox.ENTITY, String.valueOf(d.id()), d.incidentId());
      Optional<String> link = DeliveryTargets.link(tx.dsl(), d.target(), d.incidentId());
      return Optional.of(new Claimed(DeliveryRepository.get(tx.dsl(), d.id()), target.get(), link));
    }
  }

  private Void record(WriteTx tx, Claimed c, Outcome outcome) {
    Delivery d = c.delivery();
    long now = tx.wallTime().toEpochMilli();
    String author = workspace.device().operator().orElse("Sitrep");
    String what = d.target() + " (" + c.target().kind().label() + "): " + d.event();
    tx.changedLocally(DeliveryOutbox.ENTITY, String.valueOf(d.id()), d.incidentId());
    switch (outcome.kind()) {
      case SENT:
        DeliveryRepository.finish(
            tx.dsl(), d.id(), DeliveryState.SENT, Optional.empty(), outcome.remoteRef(), now);
        if (outcome.namesIncident()) {
          DeliveryTargets.saveLink(tx.dsl(), d.target(), d.incidentId(), outcome.remoteRef().get());
        } else if (outcome.remoteRef().isPresent() && !d.simulated()) {
          ActionItemIssues.keep(tx, d, c.target(), outcome.remoteRef().get());
        }
        if (d.simulated()) {
          log(
              tx,
              d,
              EventCode.DELIVERY_SIMULATED,
              "Drill: not sent to " + what + " (simulated)",
              author);
        } else {
          log(
              tx,
              d,
              EventCode.DELIVERY_SENT,
              "Delivered to " + what + outcome.remoteRef().map(r -> " → " + r).orElse(""),
              author);
        }
        break;
      case RETRY:
        Duration wait = backoff.after(d.attempts(), outcome.retryAfter());
        DeliveryRepository.requeue(
            tx.dsl(), d.id(), outcome.detail().orElse("failed"), now + wait.toMillis());
        break;
      case PERMANENT:
      default:
        String why = outcome.detail().orElse("refused");
        DeliveryRepository.finish(
            tx.dsl(),
            d.id(),
            DeliveryState.FAILED_PERMANENTLY,
            Optional.of(why),
            Optional.empty(),
            now);
        log(tx, d, EventCode.DELIVERY_FAILED, "Not delivered to " + what + ": " + why, author);
        break;
    }
    return null;
  }

  private static void log(WriteTx tx, Delivery d, EventCode code, String text, String author) {
    LogRepository.append(tx, new Draft(d.incidentId(), code, text, author));
  }

  private record Claimed(
      Delivery delivery, DeliveryTarget target, java.util.Optional<String> link) {}
}
