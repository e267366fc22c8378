package org.sitrep.model.merge;

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
    Optional<Register> own =
        dsl.resultQuery(
                "SELECT hlc, device_id, value FROM outbox WHERE entity = ? AND entity_id = ?"
                    + " AND field = ? ORDER BY hlc DESC, seq DESC LIMIT 1",
                entity,
                entityId,
                field)
            .fetchOptional()
            .map(
                r ->
                    new Register(
                        r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class)));
    Optional<Register> merged = MergeStore.get(dsl, entity, entityId, field);
    if (own.isPresent() && (merged.isEmpty() || own.get().beats(merged.get()))) {
      return Optional.ofNullable(own.get().value()).or(() -> Optional.of("null"));
    }
    return merged.map(r -> r.value() == null ? "null" : r.value());
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
