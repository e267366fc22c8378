package org.sitrep.model.merge;

import static org.sitrep.model.store.schema.Tables.OUTBOX;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * What a field of a row must hold according to the operations that wrote it: the latest of this
 * laptop's own operation in the outbox and the winning register merged from other laptops. A row
 * edited behind the app's back (the sqlite3 shell) no longer matches it.
 */
public final class RowEvidence {

  private RowEvidence() {}

  /** The JSON value the field was last written with, or empty when no operation wrote it. */
  public static Optional<String> expected(
      DSLContext dsl, String entity, String entityId, String field) {
    Register r = registers(dsl, entity, entityId).get(field);
    return r == null ? Optional.empty() : Optional.of(r.value() == null ? "null" : r.value());
  }

  /**
   * Every field of the entity as its operations last wrote it: for each field, the newer of this
   * laptop's latest operation and the merged register, as {@link #expected} picks one field.
   */
  public static Map<String, Register> registers(DSLContext dsl, String entity, String entityId) {
    Map<String, Register> out = new LinkedHashMap<>(MergeStore.fields(dsl, entity, entityId));
    for (var r :
        dsl.select(OUTBOX.FIELD, OUTBOX.HLC, OUTBOX.DEVICE_ID, OUTBOX.VALUE)
            .from(OUTBOX)
            .where(OUTBOX.ENTITY.eq(entity).and(OUTBOX.ENTITY_ID.eq(entityId)))
            .orderBy(OUTBOX.HLC, OUTBOX.SEQ)) {
      Register own = new Register(r.value2(), r.value3(), r.value4());
      Register merged = out.get(r.value1());
      if (merged == null || own.beats(merged) || own.sameWrite(merged)) {
        out.put(r.value1(), own);
      }
    }
    return out;
  }

  /**
   * Ids of the entity that operations wrote (here or on other laptops), less those still waiting
   * for something to arrive: each must have its row.
   */
  public static java.util.Set<String> writtenIds(DSLContext dsl, String entity) {
    return new java.util.TreeSet<>(
        dsl.resultQuery(
                "SELECT entity_id FROM outbox WHERE entity = ? UNION SELECT entity_id FROM"
                    + " merge_field WHERE entity = ? EXCEPT SELECT entity_id FROM merge_pending"
                    + " WHERE entity = ?",
                entity,
                entity,
                entity)
            .fetch(0, String.class));
  }

  /** Whether any operation ever wrote this entity. */
  public static boolean written(DSLContext dsl, String entity, String entityId) {
    return dsl.resultQuery(
            "SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? UNION ALL SELECT 1 FROM"
                + " merge_field WHERE entity = ? AND entity_id = ? LIMIT 1",
            entity,
            entityId,
            entity,
            entityId)
        .fetchOptional()
        .isPresent();
  }
}
