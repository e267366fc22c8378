package org.sitrep.model.delivery;

import static org.sitrep.model.store.schema.Tables.LOG_ENTRY;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.feed.ChangeSet;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.store.WriteTx;

/**
 * The delivery outbox (issue 18, ADR 21): what this laptop must tell its targets, queued in the
 * workspace file and sent by {@link DeliveryDispatcher} when a network is there.
 *
 * <p>Each target keeps a cursor on this laptop's own log entries (their gapless per-device
 * sequence). {@link #enqueueNew()} turns every entry past the cursor that the target hears into a
 * redacted delivery and moves the cursor, in one transaction: a crash between a commit and its
 * delivery leaves the entry past the cursor, to be queued at the next look, and an entry is never
 * queued twice for one target. The change feed calls it after every commit; the scheduler and the
 * CLI call it too (another process may have written).
 */
public final class DeliveryOutbox {

  /** A delivery's own entries: never delivered themselves. */
  public static final Set<EventCode> OWN_EVENTS =
      EnumSet.of(EventCode.DELIVERY_SENT, EventCode.DELIVERY_FAILED, EventCode.DELIVERY_SIMULATED);

  /** The change-feed kind of a delivery row (for the status bar and the outbox view). */
  public static final String ENTITY = "delivery";

  private final Workspace workspace;

  public DeliveryOutbox(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The workspace's change feed, for a view that shows the outbox (deliveries and entries). */
  public org.sitrep.model.feed.ChangeFeed changes() {
    return workspace.changes();
  }

  /** Queues what committed log entries say, after every commit that wrote one. */
  public Subscription enqueueOnChanges() {
    return workspace
        .changes()
        .subscribe(
            (ChangeSet changes) -> {
              if (changes.touchesKind(LogRepository.ENTITY)) {
                enqueueNew();
              }
            });
  }

  /**
   * Queues a delivery for every entry this laptop wrote since each target last looked.
   *
   * @return how many deliveries were queued
   */
  public int enqueueNew() {
    String device = workspace.device().id();
    boolean behind =
        workspace.read(
            dsl -> {
              Long last =
                  dsl.select(org.jooq.impl.DSL.max(LOG_ENTRY.DEVICE_SEQ))
                      .from(LOG_ENTRY)
                      .where(LOG_ENTRY.DEVICE_ID.eq(device))
                      .fetchOne(0, Long.class);
              long head = last == null ? 0 : last;
              return DeliveryTargets.all(dsl).stream().anyMatch(t -> t.cursorSeq() < head);
            });
    if (!behind) {
      return 0; // the common case after a delivery's own entry: no write, no feed echo
    }
    return workspace.write(this::enqueueIn);
  }

  private int enqueueIn(WriteTx tx) {
    int queued = 0;
    long now = tx.wallTime().toEpochMilli();
    Map<String, List<LogEntry>> timelines = new java.util.HashMap<>();
    for (DeliveryTarget target : DeliveryTargets.all(tx.dsl())) {
      List<String> ids =
          tx.dsl()
              .select(LOG_ENTRY.ID)
              .from(LOG_ENTRY)
              .where(LOG_ENTRY.DEVICE_ID.eq(tx.device().id()))
              .and(LOG_ENTRY.DEVICE_SEQ.gt(target.cursorSeq()))
              .orderBy(LOG_ENTRY.DEVICE_SEQ)
              .fetch(LOG_ENTRY.ID);
      long cursor = target.cursorSeq();
      for (String id : ids) {
        LogEntry entry = LogRepository.find(tx.dsl(), id).orElseThrow();
        cursor = entry.deviceSeq();
        if (!target.kind().hears(entry.event())) {
          continue;
        }
        Incident incident = IncidentRepository.get(tx.dsl(), entry.incidentId());
        // Redacted here, before it is queued: the row never holds what the log would not.
        List<LogEntry> timeline =
            timelines.computeIfAbsent(
                incident.id(), k -> LogRepository.timeline(tx.dsl(), incident.id()));
        Notice notice = Notice.of(entry, incident, timeline, workspace.redactor());
        DeliveryRepository.insert(tx.dsl(), target, notice, incident.isDrill(), now);
        tx.changedLocally(ENTITY, target.name() + "/" + entry.id(), incident.id());
        queued++;
      }
      DeliveryTargets.moveCursor(tx.dsl(), target.name(), cursor);
    }
    return queued;
  }

  public List<Delivery> list(boolean openOnly, int limit) {
    return workspace.read(dsl -> DeliveryRepository.list(dsl, openOnly, limit));
  }

  public Delivery get(long id) {
    return workspace.read(dsl -> DeliveryRepository.get(dsl, id));
  }

  /** How many deliveries wait to be sent (queued or being sent): the status bar's figure. */
  public int waiting() {
    return workspace.read(
        dsl ->
            DeliveryRepository.count(dsl, DeliveryState.QUEUED)
                + DeliveryRepository.count(dsl, DeliveryState.SENDING));
  }

  public Map<DeliveryState, Integer> counts() {
    return workspace.read(
        dsl -> {
          Map<DeliveryState, Integer> m = new java.util.EnumMap<>(DeliveryState.class);
          for (DeliveryState s : DeliveryState.values()) {
            m.put(s, DeliveryRepository.count(dsl, s));
          }
          return m;
        });
  }

  /**
   * Queues a failed, cancelled or waiting delivery to go now. Its attempts are kept, so a target
   * that can look before it creates does.
   */
  public Delivery retry(long id) {
    return workspace.write(
        tx -> {
          Delivery d = DeliveryRepository.get(tx.dsl(), id);
          if (d.state() == DeliveryState.SENT || d.state() == DeliveryState.SENDING) {
            throw new ChangeRefusedException(
                "delivery " + id + " is " + d.state().label() + ": nothing to retry");
          }
          if (DeliveryTargets.find(tx.dsl(), d.target()).isEmpty()) {
            throw new ChangeRefusedException(
                "delivery " + id + ": its target " + d.target() + " was removed");
          }
          DeliveryRepository.requeue(
              tx.dsl(), id, d.lastError().orElse(null), tx.wallTime().toEpochMilli());
          tx.changedLocally(ENTITY, String.valueOf(id), d.incidentId());
          return DeliveryRepository.get(tx.dsl(), id);
        });
  }

  /** Cancels a queued delivery; logged on its incident like a final failure. */
  public Delivery cancel(long id) {
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          Delivery d = DeliveryRepository.get(tx.dsl(), id);
          if (d.state() != DeliveryState.QUEUED) {
            throw new ChangeRefusedException(
                "delivery " + id + " is " + d.state().label() + ": only a queued one is cancelled");
          }
          String why = "cancelled by " + author;
          DeliveryRepository.finish(
              tx.dsl(),
              id,
              DeliveryState.CANCELLED,
              Optional.of(why),
              Optional.empty(),
              tx.wallTime().toEpochMilli());
          LogRepository.append(
              tx,
              new Draft(
                  d.incidentId(),
                  EventCode.DELIVERY_FAILED,
                  "Not delivered to " + d.target() + " (" + d.event() + "): " + why,
                  author));
          return DeliveryRepository.get(tx.dsl(), id);
        });
  }

  /**
   * Deliveries marked "sending" by a Sitrep process that is gone (killed mid-request): nothing will
   * finish them until they are queued again. For {@code doctor}.
   */
  public List<Long> interrupted() {
    return workspace.read(
        dsl ->
            DeliveryRepository.sending(dsl).stream()
                .filter(s -> !s.sender().isAlive())
                .map(DeliveryRepository.Sending::id)
                .toList());
  }

  /** Deliveries still "sending" in a live process (the window while the CLI looks). */
  public int sendingNow() {
    return workspace.read(
        dsl ->
            (int)
                DeliveryRepository.sending(dsl).stream().filter(s -> s.sender().isAlive()).count());
  }

  /**
   * Queues {@link #interrupted} deliveries again, as the window's dispatcher does on its own: the
   * idempotency key and a look-up first (where the target allows) keep a resend from posting twice.
   * Returns how many.
   */
  public int requeueInterrupted() {
    List<Long> ids = interrupted();
    return workspace.write(
        tx -> {
          for (long id : ids) {
            DeliveryRepository.requeue(
                tx.dsl(),
                id,
                "interrupted mid-request (Sitrep stopped): queued again by doctor",
                tx.wallTime().toEpochMilli());
            tx.changedLocally(ENTITY, String.valueOf(id), null);
          }
          return ids.size();
        });
  }

  /** Removes a target, cancelling what it still had queued. */
  public int removeTarget(String name) {
    return workspace.write(
        tx -> {
          int cancelled = DeliveryTargets.remove(tx.dsl(), name, tx.wallTime().toEpochMilli());
          tx.changedLocally(ENTITY, name, null);
          return cancelled;
        });
  }

  public List<DeliveryTarget> targets() {
    return workspace.read(DeliveryTargets::all);
  }

  /** Adds a target that hears what this laptop writes from now on. */
  public DeliveryTarget addTarget(
      String name,
      TargetKind kind,
      Optional<String> url,
      String credential,
      Map<String, String> settings) {
    return workspace.write(
        tx ->
            DeliveryTargets.add(
                tx.dsl(),
                name,
                kind,
                url,
                credential,
                settings,
                tx.device().id(),
                tx.wallTime().toEpochMilli()));
  }
}
