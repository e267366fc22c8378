package org.sitrep.model.merge;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/** A checklist run on an incident: which runbook version it pins, and its variables. */
final class ChecklistRunProjection implements Projection {

  @Override
  public String entity() {
    return "checklist_run";
  }

  @Override
  public Rule rule() {
    return Rule.FIELDS;
  }

  @Override
  public Optional<String> project(DSLContext dsl, MergedEntity m) {
    Optional<JsonNode> started = m.json("started");
    if (started.isEmpty()) {
      return Optional.of("waiting for checklist_run.started");
    }
    JsonNode s = started.get();
    Map<String, String> variables = new TreeMap<>();
    for (Map.Entry<String, Register> f : m.fields().entrySet()) {
      if (f.getKey().startsWith("variable.") && f.getValue().value() != null) {
        variables.put(f.getKey().substring(9), m.text(f.getKey()).orElse(""));
      }
    }
    Register startedAt = m.fields().get("started");
    try {
      dsl.execute(
          "INSERT INTO checklist_run (id, incident_id, runbook_id, version_no, started_ms,"
              + " started_by, variables) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
              + " SET variables = excluded.variables",
          m.id(),
          s.get("incident").asString(),
          s.get("runbook").asString(),
          s.get("version").asLong(),
          s.has("started_ms") ? s.get("started_ms").asLong() : startedAt.millis(),
          s.has("by") ? s.get("by").asString() : startedAt.device(),
          Json.write(variables));
      return Optional.empty();
    } catch (DataAccessException e) {
      // The incident or the pinned runbook version has not arrived yet.
      return Optional.of("checklist run " + m.id() + ": " + e.getMessage());
    }
  }
}
