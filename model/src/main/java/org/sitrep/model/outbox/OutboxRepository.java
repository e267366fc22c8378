package org.sitrep.model.outbox;

import static org.sitrep.model.store.schema.Tables.OUTBOX;

import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.sitrep.model.clock.Hlc;

/** The outbox table: append-only, one row per changed field, per-device gapless sequence. */
public final class OutboxRepository {

  private OutboxRepository() {}

  public static long lastSeq(DSLContext dsl, String device) {
    Long last =
        dsl.select(org.jooq.impl.DSL.max(OUTBOX.SEQ))
            .from(OUTBOX)
            .where(OUTBOX.DEVICE_ID.eq(device))
            .fetchOne(0, Long.class);
    return last == null ? 0 : last;
  }

  /** Appends operations with the next gapless sequence numbers of {@code device}, as one batch. */
  public static void insertAll(DSLContext dsl, String device, List<OutboxOperation> operations) {
    long seq = lastSeq(dsl, device);
    BatchBindStep batch =
        dsl.batch(
            dsl.insertInto(OUTBOX)
                .columns(
                    OUTBOX.DEVICE_ID,
                    OUTBOX.SEQ,
                    OUTBOX.HLC,
                    OUTBOX.ENTITY,
                    OUTBOX.ENTITY_ID,
                    OUTBOX.FIELD,
                    OUTBOX.VALUE)
                .values((String) null, null, null, null, null, null, null));
    for (OutboxOperation op : operations) {
      batch.bind(
          device, ++seq, op.hlc().packed(), op.entity(), op.entityId(), op.field(), op.valueJson());
    }
    batch.execute();
  }

  /** Operations of one device after {@code afterSeq}, in sequence order. */
  public static List<OutboxOperation> after(DSLContext dsl, String device, long afterSeq) {
    return after(dsl, device, afterSeq, Integer.MAX_VALUE);
  }

  /** At most {@code limit} operations of one device after {@code afterSeq}: one segment's worth. */
  public static List<OutboxOperation> after(
      DSLContext dsl, String device, long afterSeq, int limit) {
    return dsl.selectFrom(OUTBOX)
        .where(OUTBOX.DEVICE_ID.eq(device).and(OUTBOX.SEQ.gt(afterSeq)))
        .orderBy(OUTBOX.SEQ)
        .limit(limit)
        .fetch(
            r ->
                new OutboxOperation(
                    r.getDeviceId(),
                    r.getSeq(),
                    Hlc.unpack(r.getHlc(), r.getDeviceId()),
                    r.getEntity(),
                    r.getEntityId(),
                    r.getField(),
                    r.getValue()));
  }
}
