package org.sitrep.model.delivery;

import static org.sitrep.model.store.schema.Tables.DELIVERY;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.store.schema.tables.records.DeliveryRecord;

/** The delivery table: rows in, {@link Delivery} records out. */
final class DeliveryRepository {

  private DeliveryRepository() {}

  static void insert(
      DSLContext dsl, DeliveryTarget target, Notice notice, boolean simulated, long nowMs) {
    dsl.insertInto(DELIVERY)
        .set(DELIVERY.TARGET, target.name())
        .set(DELIVERY.INCIDENT_ID, notice.incidentId())
        .set(DELIVERY.ENTRY_ID, notice.entryId())
        .set(DELIVERY.EVENT, notice.event())
        // Stable across retries, restarts and laptops: the target and the entry it tells.
        .set(DELIVERY.IDEMPOTENCY_KEY, "sitrep-" + target.name() + "-" + notice.entryId())
        .set(DELIVERY.PAYLOAD, notice.toJson())
        .set(DELIVERY.SIMULATED, simulated ? 1L : 0L)
        .set(DELIVERY.STATE, DeliveryState.QUEUED.name())
        .set(DELIVERY.ATTEMPTS, 0L)
        .set(DELIVERY.NEXT_ATTEMPT_MS, nowMs)
        .set(DELIVERY.CREATED_MS, nowMs)
        .onConflictDoNothing()
        .execute();
  }

  static Delivery get(DSLContext dsl, long id) {
    return dsl.selectFrom(DELIVERY)
        .where(DELIVERY.ID.eq(id))
        .fetchOptional(DeliveryRepository::delivery)
        .orElseThrow(() -> new NotFoundException("no delivery " + id));
  }

  /** Newest first; {@code open} keeps only queued and sending ones. */
  static List<Delivery> list(DSLContext dsl, boolean open, int limit) {
    var where =
        open
            ? DELIVERY.STATE.in(DeliveryState.QUEUED.name(), DeliveryState.SENDING.name())
            : DSL.noCondition();
    return dsl.selectFrom(DELIVERY)
        .where(where)
        .orderBy(DELIVERY.ID.desc())
        .limit(limit)
        .fetch(DeliveryRepository::delivery);
  }

  static int count(DSLContext dsl, DeliveryState state) {
    return dsl.fetchCount(DELIVERY, DELIVERY.STATE.eq(state.name()));
  }

  /**
   * The next delivery due by {@code nowMs} whose earlier deliveries to the same target about the
   * same incident are all done: an incident's messages arrive in the order they were written.
   */
  static Optional<Delivery> nextDue(DSLContext dsl, long nowMs) {
    var earlier = DELIVERY.as("earlier");
    return dsl.selectFrom(DELIVERY)
        .where(DELIVERY.STATE.eq(DeliveryState.QUEUED.name()))
        .and(DELIVERY.NEXT_ATTEMPT_MS.le(nowMs))
        .andNotExists(
            dsl.selectOne()
                .from(earlier)
                .where(earlier.TARGET.eq(DELIVERY.TARGET))
                .and(earlier.INCIDENT_ID.eq(DELIVERY.INCIDENT_ID))
                .and(earlier.ID.lt(DELIVERY.ID))
                .and(earlier.STATE.in(DeliveryState.QUEUED.name(), DeliveryState.SENDING.name())))
        .orderBy(DELIVERY.ID)
        .limit(1)
        .fetchOptional(DeliveryRepository::delivery);
  }

  /** When the next queued delivery comes due, if any is queued. */
  static Optional<Instant> nextAttempt(DSLContext dsl) {
    Long ms =
        dsl.select(DSL.min(DELIVERY.NEXT_ATTEMPT_MS))
            .from(DELIVERY)
            .where(DELIVERY.STATE.eq(DeliveryState.QUEUED.name()))
            .fetchOne(0, Long.class);
    return Optional.ofNullable(ms).map(Instant::ofEpochMilli);
  }

  static void claim(DSLContext dsl, long id, SenderProcess sender) {
    dsl.update(DELIVERY)
        .set(DELIVERY.STATE, DeliveryState.SENDING.name())
        .set(DELIVERY.ATTEMPTS, DELIVERY.ATTEMPTS.plus(1))
        .set(DELIVERY.SENDER_PID, sender.pid())
        .set(DELIVERY.SENDER_START_MS, sender.startMs().orElse(null))
        .where(DELIVERY.ID.eq(id))
        .execute();
  }

  static void finish(
      DSLContext dsl,
      long id,
      DeliveryState state,
      Optional<String> error,
      Optional<String> remoteRef,
      long nowMs) {
    dsl.update(DELIVERY)
        .set(DELIVERY.STATE, state.name())
        .set(DELIVERY.LAST_ERROR, error.orElse(null))
        .set(DELIVERY.REMOTE_REF, remoteRef.orElse(null))
        .set(DELIVERY.DONE_MS, nowMs)
        .setNull(DELIVERY.SENDER_PID)
        .setNull(DELIVERY.SENDER_START_MS)
        .where(DELIVERY.ID.eq(id))
        .execute();
  }

  static void requeue(DSLContext dsl, long id, String error, long nextMs) {
    dsl.update(DELIVERY)
        .set(DELIVERY.STATE, DeliveryState.QUEUED.name())
        .set(DELIVERY.LAST_ERROR, error)
        .set(DELIVERY.NEXT_ATTEMPT_MS, nextMs)
        .setNull(DELIVERY.DONE_MS)
        .setNull(DELIVERY.SENDER_PID)
        .setNull(DELIVERY.SENDER_START_MS)
        .where(DELIVERY.ID.eq(id))
        .execute();
  }

  /** Deliveries marked sending, with the process that marked them. */
  static List<Sending> sending(DSLContext dsl) {
    return dsl.select(DELIVERY.ID, DELIVERY.SENDER_PID, DELIVERY.SENDER_START_MS)
        .from(DELIVERY)
        .where(DELIVERY.STATE.eq(DeliveryState.SENDING.name()))
        .fetch(
            r ->
                new Sending(
                    r.value1(),
                    new SenderProcess(
                        r.value2() == null ? -1 : r.value2(), Optional.ofNullable(r.value3()))));
  }

  record Sending(long id, SenderProcess sender) {}

  private static Delivery delivery(DeliveryRecord r) {
    return new Delivery(
        r.getId(),
        r.getTarget(),
        r.getIncidentId(),
        r.getEntryId(),
        r.getEvent(),
        r.getIdempotencyKey(),
        Notice.fromJson(r.getPayload()),
        r.getSimulated() == 1L,
        DeliveryState.valueOf(r.getState()),
        r.getAttempts().intValue(),
        Instant.ofEpochMilli(r.getNextAttemptMs()),
        Optional.ofNullable(r.getLastError()),
        Optional.ofNullable(r.getRemoteRef()),
        Instant.ofEpochMilli(r.getCreatedMs()));
  }
}
