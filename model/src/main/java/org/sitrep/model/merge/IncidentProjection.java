package org.sitrep.model.merge;

import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import tools.jackson.databind.JsonNode;

/**
 * An incident and its small side tables: services, role holders and milestones, each a field of the
 * incident entity ({@code role.COMMANDER}, {@code milestone.MITIGATED}) merged on its own.
 */
final class IncidentProjection implements Projection, CheckedRows {

  @Override
  public String entity() {
    return "incident";
  }

  @Override
  public Rule rule() {
    return Rule.FIELDS;
  }

  @Override
  public java.util.List<RowTamper> tampered(DSLContext dsl) {
    return IncidentRows.tampered(dsl);
  }

  @Override
  public Optional<String> project(DSLContext dsl, MergedEntity m) {
    for (String required : new String[] {"title", "severity", "kind", "status", "declared"}) {
      if (!m.has(required)) {
        return Optional.of("waiting for incident." + required);
      }
    }
    JsonNode declared = m.json("declared").orElseThrow();
    dsl.execute(
        "INSERT INTO incident (id, title, severity, kind, status, description, declared_ms,"
            + " declared_by, updated_hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET title = excluded.title, severity = excluded.severity,"
            + " kind = excluded.kind, status = excluded.status, description = excluded.description,"
            + " declared_ms = excluded.declared_ms, declared_by = excluded.declared_by,"
            + " updated_hlc = excluded.updated_hlc",
        m.id(),
        m.text("title").orElseThrow(),
        m.number("severity").orElseThrow(),
        m.text("kind").orElseThrow(),
        m.text("status").orElseThrow(),
        m.text("description").orElse(""),
        declared.get("at_ms").asLong(),
        declared.get("by").asString(),
        m.lastHlc());
    dsl.execute("DELETE FROM incident_service WHERE incident_id = ?", m.id());
    m.json("services")
        .ifPresent(
            list ->
                list.forEach(
                    s ->
                        dsl.execute(
                            "INSERT OR IGNORE INTO incident_service (incident_id, service)"
                                + " VALUES (?, ?)",
                            m.id(),
                            s.asString())));
    for (Map.Entry<String, Register> f : m.fields().entrySet()) {
      if (f.getKey().startsWith("role.")) {
        role(dsl, m, f.getKey().substring(5), f.getValue());
      } else if (f.getKey().startsWith("milestone.")) {
        milestone(dsl, m, f.getKey().substring(10), f.getValue());
      }
    }
    return Optional.empty();
  }

  private static void role(DSLContext dsl, MergedEntity m, String role, Register r) {
    Optional<JsonNode> v = m.json("role." + role);
    if (v.isEmpty()) {
      dsl.execute("DELETE FROM incident_role WHERE incident_id = ? AND role = ?", m.id(), role);
      return;
    }
    // Older operations carry the name only; newer ones the name and since when.
    String person = v.get().isString() ? v.get().asString() : v.get().get("person").asString();
    long since = v.get().has("since_ms") ? v.get().get("since_ms").asLong() : r.millis();
    dsl.execute(
        "INSERT INTO incident_role (incident_id, role, person, since_ms) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (incident_id, role) DO UPDATE SET person = excluded.person,"
            + " since_ms = excluded.since_ms",
        m.id(),
        role,
        person,
        since);
  }

  private static void milestone(DSLContext dsl, MergedEntity m, String milestone, Register r) {
    Optional<JsonNode> v = m.json("milestone." + milestone);
    if (v.isEmpty()) {
      dsl.execute(
          "DELETE FROM incident_milestone WHERE incident_id = ? AND milestone = ?",
          m.id(),
          milestone);
      return;
    }
    long at = v.get().isNumber() ? v.get().asLong() : v.get().get("at_ms").asLong();
    String by = v.get().has("by") ? v.get().get("by").asString() : r.device();
    dsl.execute(
        "INSERT INTO incident_milestone (incident_id, milestone, at_ms, set_by) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (incident_id, milestone) DO UPDATE SET at_ms = excluded.at_ms,"
            + " set_by = excluded.set_by",
        m.id(),
        milestone,
        at,
        by);
  }
}
