package org.sitrep.model.merge;

import static org.sitrep.model.store.schema.Tables.MERGE_CURSOR;
import static org.sitrep.model.store.schema.Tables.MERGE_FIELD;
import static org.sitrep.model.store.schema.Tables.MERGE_PARKED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.outbox.OutboxOperation;

/** The merge tables: field registers, lost values, conflicts, cursors, waiting entities. */
final class MergeStore {

  private MergeStore() {}

  // Reads go through the generated tables: plain SQL would read the 64-bit clock columns as
  // 32-bit integers (SQLite declares them INTEGER) and compare truncated readings.

  static Optional<Register> get(DSLContext dsl, String entity, String id, String field) {
    return dsl.select(MERGE_FIELD.HLC, MERGE_FIELD.DEVICE_ID, MERGE_FIELD.VALUE)
        .from(MERGE_FIELD)
        .where(MERGE_FIELD.ENTITY.eq(entity))
        .and(MERGE_FIELD.ENTITY_ID.eq(id))
        .and(MERGE_FIELD.FIELD.eq(field))
        .fetchOptional(r -> new Register(r.value1(), r.value2(), r.value3()));
  }

  static Map<String, Register> fields(DSLContext dsl, String entity, String id) {
    Map<String, Register> out = new LinkedHashMap<>();
    dsl.selectFrom(MERGE_FIELD)
        .where(MERGE_FIELD.ENTITY.eq(entity))
        .and(MERGE_FIELD.ENTITY_ID.eq(id))
        .orderBy(MERGE_FIELD.FIELD)
        .forEach(
            r -> out.put(r.getField(), new Register(r.getHlc(), r.getDeviceId(), r.getValue())));
    return out;
  }

  static void put(DSLContext dsl, String entity, String id, String field, Register r) {
    HotStatements.update(
        dsl,
        "INSERT INTO merge_field (entity, entity_id, field, hlc, device_id, value)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id, field) DO UPDATE SET"
            + " hlc = excluded.hlc, device_id = excluded.device_id, value = excluded.value",
        entity,
        id,
        field,
        r.hlc(),
        r.device(),
        r.value());
  }

  static void lost(
      DSLContext dsl, String entity, String id, String field, Register loser, Register winner) {
    HotStatements.update(
        dsl,
        "INSERT OR IGNORE INTO merge_history (entity, entity_id, field, hlc, device_id, value,"
            + " lost_to_hlc,"
            + " lost_to_dev) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        entity,
        id,
        field,
        loser.hlc(),
        loser.device(),
        loser.value(),
        winner.hlc(),
        winner.device());
  }

  static void conflict(
      DSLContext dsl, String entity, String id, String field, Register kept, Register other) {
    dsl.execute(
        "INSERT OR IGNORE INTO merge_conflict (entity, entity_id, field, kept_hlc, kept_dev,"
            + " other_hlc, other_dev, other_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        entity,
        id,
        field,
        kept.hlc(),
        kept.device(),
        other.hlc(),
        other.device(),
        other.value());
  }

  static long cursor(DSLContext dsl, String device) {
    return dsl.select(MERGE_CURSOR.APPLIED_SEQ)
        .from(MERGE_CURSOR)
        .where(MERGE_CURSOR.DEVICE_ID.eq(device))
        .fetchOptional(MERGE_CURSOR.APPLIED_SEQ)
        .orElse(0L);
  }

  static void setCursor(DSLContext dsl, String device, long seq) {
    dsl.execute(
        "INSERT INTO merge_cursor (device_id, applied_seq) VALUES (?, ?) ON CONFLICT (device_id)"
            + " DO UPDATE SET applied_seq = excluded.applied_seq",
        device,
        seq);
  }

  static void waiting(DSLContext dsl, String entity, String id, String reason) {
    dsl.execute(
        "INSERT INTO merge_pending (entity, entity_id, reason) VALUES (?, ?, ?)"
            + " ON CONFLICT (entity, entity_id) DO UPDATE SET reason = excluded.reason",
        entity,
        id,
        reason);
  }

  static void done(DSLContext dsl, String entity, String id) {
    dsl.execute("DELETE FROM merge_pending WHERE entity = ? AND entity_id = ?", entity, id);
  }

  static List<String[]> waitingEntities(DSLContext dsl) {
    return dsl.fetch("SELECT entity, entity_id FROM merge_pending ORDER BY entity, entity_id")
        .map(r -> new String[] {r.get(0, String.class), r.get(1, String.class)});
  }

  static void park(DSLContext dsl, OutboxOperation op, String reason) {
    dsl.execute(
        "INSERT OR REPLACE INTO merge_parked (device_id, seq, hlc, entity, entity_id, field, value,"
            + " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        op.device(),
        op.seq(),
        op.hlc().packed(),
        op.entity(),
        op.entityId(),
        op.field(),
        op.valueJson(),
        reason);
  }

  /** Keeps an append-only operation from another laptop as it came: snapshots carry it. */
  static void record(DSLContext dsl, OutboxOperation op) {
    HotStatements.update(
        dsl,
        "INSERT OR IGNORE INTO merge_record (device_id, seq, hlc, entity, entity_id, field, value)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        op.device(),
        op.seq(),
        op.hlc().packed(),
        op.entity(),
        op.entityId(),
        op.field(),
        op.valueJson());
  }

  static void unpark(DSLContext dsl, OutboxOperation op) {
    dsl.execute("DELETE FROM merge_parked WHERE device_id = ? AND seq = ?", op.device(), op.seq());
  }

  /** Parked operations in clock order: a parent parked with its child is retried first. */
  static List<OutboxOperation> parked(DSLContext dsl) {
    return dsl.selectFrom(MERGE_PARKED)
        .orderBy(MERGE_PARKED.HLC, MERGE_PARKED.DEVICE_ID, MERGE_PARKED.SEQ)
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
