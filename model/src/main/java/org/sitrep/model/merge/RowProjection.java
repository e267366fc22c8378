package org.sitrep.model.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import tools.jackson.databind.JsonNode;

/**
 * A FIELDS projection for the common shape: one row per entity, one column per field, an upsert of
 * the merged values. Most entities (contacts, hosts, rotations, vault items …) need no more.
 */
final class RowProjection implements Projection, CheckedRows {

  /** How a field's JSON value becomes a column value. */
  enum Kind {
    TEXT,
    /** A list or object stored as its JSON text. */
    JSON,
    LONG,
    BOOL,
    /** Base64 text in the operation, bytes in the column. */
    BLOB,
    /** A list of strings in the operation, comma-separated text in the column. */
    CSV
  }

  private record Column(
      String field, String column, Kind kind, Object fallback, boolean required) {}

  private record Derived(String column, Function<MergedEntity, Object> value) {}

  private final String entity;
  private final Rule rule;
  private final String table;
  private final String key;
  private final List<Column> columns = new ArrayList<>();
  private final List<Derived> derived = new ArrayList<>();
  private java.util.function.BiConsumer<DSLContext, MergedEntity> after = (dsl, m) -> {};
  private String tombstoneField;
  private String tombstoneColumn;

  RowProjection(String entity, String table, String key) {
    this(entity, Rule.FIELDS, table, key);
  }

  RowProjection(String entity, Rule rule, String table, String key) {
    this.entity = entity;
    this.rule = rule;
    this.table = table;
    this.key = key;
  }

  /** A field the row cannot exist without: the entity waits until it arrives. */
  RowProjection required(String field, String column, Kind kind) {
    columns.add(new Column(field, column, kind, null, true));
    return this;
  }

  /** A field with a value to use until (or unless) one arrives. */
  RowProjection optional(String field, String column, Kind kind, Object fallback) {
    columns.add(new Column(field, column, kind, fallback, false));
    return this;
  }

  RowProjection derived(String column, Function<MergedEntity, Object> value) {
    derived.add(new Derived(column, value));
    return this;
  }

  /** Work after the upsert: a search index to refresh. */
  RowProjection after(java.util.function.BiConsumer<DSLContext, MergedEntity> work) {
    this.after = work;
    return this;
  }

  /** The field whose {@code true} deletes the entity (kept as a tombstone row). */
  RowProjection tombstone(String field, String column) {
    this.tombstoneField = field;
    this.tombstoneColumn = column;
    return this;
  }

  @Override
  public String entity() {
    return entity;
  }

  @Override
  public Rule rule() {
    return rule;
  }

  @Override
  public Optional<String> project(DSLContext dsl, MergedEntity merged) {
    List<String> names = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    names.add(key);
    values.add(merged.id());
    for (Column c : columns) {
      Optional<JsonNode> v = merged.json(c.field());
      if (v.isEmpty() && c.required()) {
        return Optional.of("waiting for " + entity + "." + c.field());
      }
      names.add(c.column());
      values.add(v.map(n -> convert(c.kind(), n, merged.rawJson(c.field()))).orElse(c.fallback()));
    }
    for (Derived d : derived) {
      names.add(d.column());
      values.add(d.value().apply(merged));
    }
    if (tombstoneField != null) {
      names.add(tombstoneColumn);
      values.add(merged.deleted(tombstoneField) ? 1L : 0L);
    }
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (");
    sql.append(String.join(", ", names)).append(") VALUES (");
    sql.append("?, ".repeat(names.size() - 1)).append("?) ON CONFLICT (").append(key);
    sql.append(") DO UPDATE SET ");
    for (int i = 1; i < names.size(); i++) {
      sql.append(i > 1 ? ", " : "")
          .append(names.get(i))
          .append(" = excluded.")
          .append(names.get(i));
    }
    try {
      dsl.execute(sql.toString(), values.toArray());
      after.accept(dsl, merged);
      return Optional.empty();
    } catch (DataAccessException e) {
      // A parent row (incident, rotation, log entry) that has not arrived yet: wait for it.
      return Optional.of(entity + " " + merged.id() + ": " + e.getMessage());
    }
  }

  /**
   * Every row of this entity's table checked against the operations that wrote it: a row no
   * operation wrote, a column that differs from its last operation, or a row gone that operations
   * wrote (and, with a tombstone, never deleted) was changed behind the app's back.
   */
  @Override
  public List<RowTamper> tampered(DSLContext dsl) {
    List<RowTamper> found = new ArrayList<>();
    java.util.Set<String> written = RowEvidence.writtenIds(dsl, entity);
    // The generated table, not plain SQL: plain SQL reads 64-bit columns (times, clocks) as int.
    org.jooq.Table<?> t =
        org.sitrep.model.store.schema.DefaultSchema.DEFAULT_SCHEMA.getTable(table);
    for (org.jooq.Record row : dsl.selectFrom(t).orderBy(t.field(key))) {
      String id = String.valueOf(row.get(key));
      written.remove(id);
      MergedEntity m = new MergedEntity(entity, id, RowEvidence.registers(dsl, entity, id));
      if (m.fields().isEmpty()) {
        found.add(new RowTamper(table, id, key, "no operation wrote this row: it was inserted"));
        continue;
      }
      for (Column c : columns) {
        if (m.fields().containsKey(c.field())) {
          Object want =
              m.json(c.field())
                  .filter(n -> !n.isNull())
                  .map(n -> convert(c.kind(), n, m.rawJson(c.field())))
                  .orElse(null);
          check(row, id, c.column(), c.kind(), want).ifPresent(found::add);
        }
      }
      if (tombstoneField != null) {
        check(row, id, tombstoneColumn, Kind.BOOL, m.deleted(tombstoneField) ? 1L : 0L)
            .ifPresent(found::add);
      }
    }
    for (String gone : written) {
      found.add(
          new RowTamper(
              table,
              gone,
              key,
              "the row is gone, but operations wrote it"
                  + (tombstoneField == null ? "" : " and none deleted it")));
    }
    return found;
  }

  private Optional<RowTamper> check(
      org.jooq.Record row, String id, String column, Kind kind, Object want) {
    Object have = row.get(column);
    if (RowValues.same(kind == Kind.JSON, want, have)) {
      return Optional.empty();
    }
    return Optional.of(
        new RowTamper(table, id, column, RowValues.difference(have, want, "last written as")));
  }

  private static Object convert(Kind kind, JsonNode n, Optional<String> raw) {
    switch (kind) {
      case LONG:
        return n.asLong();
      case BOOL:
        return n.asBoolean() ? 1L : 0L;
      case JSON:
        return raw.orElse(null);
      case BLOB:
        return java.util.Base64.getDecoder().decode(n.asString());
      case CSV:
        List<String> parts = new ArrayList<>();
        n.forEach(e -> parts.add(e.asString()));
        return String.join(",", parts);
      case TEXT:
      default:
        return n.isString() ? n.asString() : n.toString();
    }
  }
}
