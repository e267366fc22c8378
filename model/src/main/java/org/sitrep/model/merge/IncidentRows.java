package org.sitrep.model.merge;

import static org.sitrep.model.store.schema.Tables.INCIDENT;
import static org.sitrep.model.store.schema.Tables.INCIDENT_MILESTONE;
import static org.sitrep.model.store.schema.Tables.INCIDENT_ROLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Record;
import tools.jackson.databind.JsonNode;

/**
 * An incident's rows checked against its operations (ADR 26): the incident row field by field, its
 * services, and one row per role holder and milestone, each a field of the incident entity. Reads
 * the values the way {@link IncidentProjection} writes them, so a row written here and one merged
 * from another laptop are held to the same rule.
 */
final class IncidentRows {

  private static final String ENTITY = "incident";

  private IncidentRows() {}

  static List<RowTamper> tampered(DSLContext dsl) {
    List<RowTamper> found = new ArrayList<>();
    Set<String> written = RowEvidence.writtenIds(dsl, ENTITY);
    // Generated tables, not plain SQL: plain SQL reads 64-bit columns (times) as int.
    for (Record row : dsl.selectFrom(INCIDENT).orderBy(INCIDENT.ID)) {
      String id = row.get(INCIDENT.ID);
      written.remove(id);
      MergedEntity m = new MergedEntity(ENTITY, id, RowEvidence.registers(dsl, ENTITY, id));
      if (m.fields().isEmpty()) {
        found.add(new RowTamper(ENTITY, id, "id", "no operation wrote this row: it was inserted"));
        continue;
      }
      Rows rows = new Rows(found, id);
      for (String text : new String[] {"title", "kind", "status", "description"}) {
        if (m.fields().containsKey(text)) {
          rows.check(ENTITY, text, row.get(text, String.class), m.text(text).orElse(null));
        }
      }
      if (m.fields().containsKey("severity")) {
        rows.check(ENTITY, "severity", row.get("severity", Long.class), m.number("severity"));
      }
      m.json("declared")
          .ifPresent(
              d -> {
                rows.check(
                    ENTITY, "declared_ms", row.get("declared_ms", Long.class), d.path("at_ms"));
                rows.check(
                    ENTITY, "declared_by", row.get("declared_by", String.class), d.path("by"));
              });
      services(dsl, m, rows);
      roles(dsl, m, rows);
      milestones(dsl, m, rows);
    }
    for (String gone : written) {
      found.add(new RowTamper(ENTITY, gone, "id", "the row is gone, but operations wrote it"));
    }
    return found;
  }

  private static void services(DSLContext dsl, MergedEntity m, Rows rows) {
    if (!m.fields().containsKey("services")) {
      return;
    }
    Set<String> want = new TreeSet<>();
    m.json("services").ifPresent(list -> list.forEach(s -> want.add(s.asString())));
    Set<String> have =
        new TreeSet<>(
            dsl.resultQuery("SELECT service FROM incident_service WHERE incident_id = ?", m.id())
                .fetch(0, String.class));
    rows.check("incident_service", "service", String.join(", ", have), String.join(", ", want));
  }

  private static void roles(DSLContext dsl, MergedEntity m, Rows rows) {
    Map<String, Record> have =
        byKey(
            dsl.select(INCIDENT_ROLE.ROLE, INCIDENT_ROLE.PERSON, INCIDENT_ROLE.SINCE_MS)
                .from(INCIDENT_ROLE)
                .where(INCIDENT_ROLE.INCIDENT_ID.eq(m.id())));
    for (Map.Entry<String, Register> f : m.fields().entrySet()) {
      if (!f.getKey().startsWith("role.")) {
        continue;
      }
      String role = f.getKey().substring(5);
      Optional<JsonNode> v = m.json(f.getKey());
      Record r = have.remove(role);
      Rows at = rows.row(m.id() + " " + role);
      // Older operations carry the name only; newer ones the name and since when.
      at.check(
          "incident_role",
          "person",
          r == null ? null : r.get(1, String.class),
          v.map(n -> n.isString() ? n.asString() : n.path("person").asString()).orElse(null));
      if (r != null && v.isPresent()) {
        long since =
            v.get().has("since_ms") ? v.get().get("since_ms").asLong() : f.getValue().millis();
        at.check("incident_role", "since_ms", r.get(2, Long.class), since);
      }
    }
    have.forEach(
        (role, r) ->
            rows.row(m.id() + " " + role)
                .inserted("incident_role", "role", "no operation gave this role"));
  }

  private static void milestones(DSLContext dsl, MergedEntity m, Rows rows) {
    Map<String, Record> have =
        byKey(
            dsl.select(
                    INCIDENT_MILESTONE.MILESTONE,
                    INCIDENT_MILESTONE.AT_MS,
                    INCIDENT_MILESTONE.SET_BY)
                .from(INCIDENT_MILESTONE)
                .where(INCIDENT_MILESTONE.INCIDENT_ID.eq(m.id())));
    for (Map.Entry<String, Register> f : m.fields().entrySet()) {
      if (!f.getKey().startsWith("milestone.")) {
        continue;
      }
      String milestone = f.getKey().substring(10);
      Optional<JsonNode> v = m.json(f.getKey());
      Record r = have.remove(milestone);
      Rows at = rows.row(m.id() + " " + milestone);
      at.check(
          "incident_milestone",
          "at_ms",
          r == null ? null : r.get(1, Long.class),
          v.map(n -> n.isNumber() ? n.asLong() : n.path("at_ms").asLong()).orElse(null));
      if (r != null && v.isPresent()) {
        String by = v.get().has("by") ? v.get().get("by").asString() : f.getValue().device();
        at.check("incident_milestone", "set_by", r.get(2, String.class), by);
      }
    }
    have.forEach(
        (milestone, r) ->
            rows.row(m.id() + " " + milestone)
                .inserted("incident_milestone", "milestone", "no operation set this milestone"));
  }

  private static Map<String, Record> byKey(org.jooq.ResultQuery<? extends Record> rows) {
    Map<String, Record> out = new TreeMap<>();
    rows.forEach(r -> out.put(r.get(0, String.class), r));
    return out;
  }

  /** Findings for one row, named the way the report prints them. */
  private record Rows(List<RowTamper> found, String row) {

    Rows row(String other) {
      return new Rows(found, other);
    }

    void check(String table, String column, Object have, Object want) {
      Object expected =
          want instanceof JsonNode n ? (n.isNumber() ? n.asLong() : n.asString()) : want;
      if (expected instanceof Optional<?> o) {
        expected = o.orElse(null);
      }
      if (!RowValues.same(false, expected, have)) {
        found.add(
            new RowTamper(
                table, row, column, RowValues.difference(have, expected, "last written as")));
      }
    }

    void inserted(String table, String column, String why) {
      found.add(new RowTamper(table, row, column, why + ": it was inserted"));
    }
  }
}
