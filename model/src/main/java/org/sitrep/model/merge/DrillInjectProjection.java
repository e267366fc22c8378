package org.sitrep.model.merge;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import tools.jackson.databind.JsonNode;

/**
 * What the facilitator did with one inject ({@code INCIDENT/INJECT}). Every change writes all four
 * fields at one clock reading, so the merged fields always come from the same decision; the {@code
 * released} object (wall time, drill time, the timeline entry) fills three columns.
 */
final class DrillInjectProjection implements Projection {

  @Override
  public String entity() {
    return "drill_inject";
  }

  @Override
  public Rule rule() {
    return Rule.FIELDS;
  }

  @Override
  public Optional<String> project(DSLContext dsl, MergedEntity m) {
    if (!m.has("state")) {
      return Optional.of("waiting for drill_inject.state");
    }
    // Incident ids have no slash; an inject id (from the scenario file) might.
    int slash = m.id().indexOf('/');
    Optional<JsonNode> released = m.json("released");
    try {
      dsl.execute(
          "INSERT INTO drill_inject (incident_id, inject_id, state, delay_ms, released_ms,"
              + " released_drill_ms, entry_id, acknowledged_ms, updated_hlc)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, inject_id)"
              + " DO UPDATE SET state = excluded.state, delay_ms = excluded.delay_ms,"
              + " released_ms = excluded.released_ms,"
              + " released_drill_ms = excluded.released_drill_ms,"
              + " entry_id = excluded.entry_id, acknowledged_ms = excluded.acknowledged_ms,"
              + " updated_hlc = excluded.updated_hlc",
          m.id().substring(0, slash),
          m.id().substring(slash + 1),
          m.text("state").orElseThrow(),
          m.number("delay_ms").orElse(0L),
          released.map(r -> r.get("wall_ms").asLong()).orElse(null),
          released.map(r -> r.get("drill_ms").asLong()).orElse(null),
          released.map(r -> r.get("entry").asString()).filter(e -> !e.isEmpty()).orElse(null),
          m.number("acknowledged_ms").orElse(null),
          m.lastHlc());
      return Optional.empty();
    } catch (DataAccessException e) {
      // The drill row has not arrived yet: wait for it.
      return Optional.of("drill inject " + m.id() + ": " + e.getMessage());
    }
  }
}
