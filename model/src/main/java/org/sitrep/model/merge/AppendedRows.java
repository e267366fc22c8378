package org.sitrep.model.merge;

import static org.sitrep.model.store.schema.Tables.MERGE_RECORD;
import static org.sitrep.model.store.schema.Tables.OUTBOX;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/**
 * Rows of an append-only table checked against the record that appended each (ADR 26): this
 * laptop's outbox for its own, {@code merge_record} for those that came by sync. An audit row
 * edited, deleted or planted is named; the values come from the record, the clock and the device
 * from the operation itself.
 */
final class AppendedRows {

  private final String entity;
  private final String table;
  private final Map<String, String> columns = new LinkedHashMap<>();

  AppendedRows(String entity, String table) {
    this.entity = entity;
    this.table = table;
  }

  /** A column filled from the record's field of the same name. */
  AppendedRows column(String name) {
    columns.put(name, name);
    return this;
  }

  private record Appended(long hlc, String device, JsonNode value) {}

  List<RowTamper> tampered(DSLContext dsl) {
    Map<String, Appended> records = new LinkedHashMap<>();
    dsl.select(OUTBOX.ENTITY_ID, OUTBOX.HLC, OUTBOX.DEVICE_ID, OUTBOX.VALUE)
        .from(OUTBOX)
        .where(OUTBOX.ENTITY.eq(entity))
        .union(
            dsl.select(
                    MERGE_RECORD.ENTITY_ID,
                    MERGE_RECORD.HLC,
                    MERGE_RECORD.DEVICE_ID,
                    MERGE_RECORD.VALUE)
                .from(MERGE_RECORD)
                .where(MERGE_RECORD.ENTITY.eq(entity)))
        .forEach(
            r ->
                records.put(
                    r.value1(),
                    new Appended(r.value2(), r.value3(), Json.mapper().readTree(r.value4()))));
    List<RowTamper> found = new ArrayList<>();
    // The generated table, not plain SQL: plain SQL reads 64-bit columns (times, clocks) as int.
    org.jooq.Table<?> t =
        org.sitrep.model.store.schema.DefaultSchema.DEFAULT_SCHEMA.getTable(table);
    for (Record row : dsl.selectFrom(t).orderBy(t.field("id"))) {
      String id = row.get("id", String.class);
      Appended a = records.remove(id);
      if (a == null) {
        found.add(new RowTamper(table, id, "id", "no operation wrote this row: it was inserted"));
        continue;
      }
      columns.forEach(
          (column, field) -> {
            JsonNode v = a.value().path(field);
            Object want =
                v.isMissingNode() || v.isNull() ? null : v.isNumber() ? v.asLong() : v.asString();
            check(found, id, column, row.get(column), want);
          });
      check(found, id, "hlc", row.get("hlc", Long.class), a.hlc());
      check(found, id, "device_id", row.get("device_id"), a.device());
    }
    records.keySet().stream()
        .filter(id -> !waiting(dsl, id))
        .forEach(
            id ->
                found.add(
                    new RowTamper(
                        table,
                        id,
                        "id",
                        "the row is gone, but operations wrote it and none deleted it")));
    return found;
  }

  private void check(List<RowTamper> found, String id, String column, Object have, Object want) {
    if (!RowValues.same(false, want, have)) {
      found.add(
          new RowTamper(table, id, column, RowValues.difference(have, want, "last written as")));
    }
  }

  private boolean waiting(DSLContext dsl, String id) {
    return dsl.fetchExists(
        dsl.selectOne()
            .from(org.sitrep.model.store.schema.Tables.MERGE_PARKED)
            .where(org.sitrep.model.store.schema.Tables.MERGE_PARKED.ENTITY.eq(entity))
            .and(org.sitrep.model.store.schema.Tables.MERGE_PARKED.ENTITY_ID.eq(id)));
  }
}
