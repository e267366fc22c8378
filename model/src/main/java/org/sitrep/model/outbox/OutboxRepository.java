package org.sitrep.model.outbox;

import static org.sitrep.model.store.schema.Tables.DEVICE;
import static org.sitrep.model.store.schema.Tables.OUTBOX;

import java.util.List;
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

  /**
   * Appends operations with the next gapless sequence numbers of {@code device}, as one batch, each
   * chained to the one before by its hash; the device row keeps the new head (ADR 26). Returns the
   * sequence number of the last one.
   */
  public static long insertAll(DSLContext dsl, String device, List<OutboxOperation> operations) {
    org.jooq.Record2<Long, String> last =
        dsl.select(OUTBOX.SEQ, OUTBOX.HASH)
            .from(OUTBOX)
            .where(OUTBOX.DEVICE_ID.eq(device))
            .orderBy(OUTBOX.SEQ.desc())
            .limit(1)
            .fetchOne();
    long seq = last == null ? 0 : last.value1();
    String previous = last == null || last.value2() == null ? "" : last.value2();
    OutboxHash hasher = new OutboxHash();
    List<Object[]> rows = new java.util.ArrayList<>(operations.size());
    for (OutboxOperation op : operations) {
      previous = hasher.of(previous, op, ++seq);
      rows.add(
          new Object[] {
            device,
            seq,
            op.hlc().packed(),
            op.entity(),
            op.entityId(),
            op.field(),
            op.valueJson(),
            previous
          });
    }
    dsl.connection(c -> insertRows(c, rows));
    dsl.update(DEVICE)
        .set(DEVICE.OUTBOX_SEQ, seq)
        .set(DEVICE.OUTBOX_HEAD, previous)
        .where(DEVICE.ID.eq(device))
        .execute();
    return seq;
  }

  /** Rows per INSERT: 8 columns each, well under SQLite's limit of 32,766 parameters. */
  private static final int ROWS_PER_INSERT = 200;

  /**
   * Many rows per statement: a bulk import writes tens of thousands of operations, and SQLite runs
   * one multi-row INSERT far faster than the same rows one statement (and one JNI round trip) each.
   */
  private static void insertRows(java.sql.Connection c, List<Object[]> rows)
      throws java.sql.SQLException {
    java.sql.PreparedStatement full = null;
    try {
      for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
        int n = Math.min(ROWS_PER_INSERT, rows.size() - from);
        boolean reuse = n == ROWS_PER_INSERT;
        if (reuse && full == null) {
          full = c.prepareStatement(insertSql(n));
        }
        java.sql.PreparedStatement ps = reuse ? full : c.prepareStatement(insertSql(n));
        try {
          int p = 1;
          for (int r = from; r < from + n; r++) {
            for (Object v : rows.get(r)) {
              ps.setObject(p++, v);
            }
          }
          ps.executeUpdate();
        } finally {
          if (!reuse) {
            ps.close();
          }
        }
      }
    } finally {
      if (full != null) {
        full.close();
      }
    }
  }

  private static String insertSql(int rows) {
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO outbox (device_id, seq, hlc, entity, entity_id, field, value, hash)"
                + " VALUES ");
    for (int r = 0; r < rows; r++) {
      sql.append(r == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
    }
    return sql.toString();
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
