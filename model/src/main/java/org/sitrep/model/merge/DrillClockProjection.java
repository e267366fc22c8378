package org.sitrep.model.merge;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import tools.jackson.databind.JsonNode;

/**
 * One segment of a drill's clock ({@code INCIDENT/SEQ}, field {@code segment}). The segments are
 * append-only on one laptop, but two facilitators pausing the same drill at once each write their
 * own segment under the same number: merged per field (the later one wins on every laptop) rather
 * than as a union, so both laptops end with the same clock instead of each keeping its own.
 */
final class DrillClockProjection implements Projection {

  @Override
  public String entity() {
    return "drill_clock";
  }

  @Override
  public Rule rule() {
    return Rule.FIELDS;
  }

  @Override
  public Optional<String> project(DSLContext dsl, MergedEntity m) {
    Optional<JsonNode> segment = m.json("segment");
    if (segment.isEmpty()) {
      return Optional.of("waiting for drill_clock.segment");
    }
    JsonNode s = segment.get();
    int slash = m.id().lastIndexOf('/');
    try {
      dsl.execute(
          "INSERT INTO drill_clock (incident_id, seq, wall_ms, drill_ms, speed, paused)"
              + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, seq) DO UPDATE"
              + " SET wall_ms = excluded.wall_ms, drill_ms = excluded.drill_ms,"
              + " speed = excluded.speed, paused = excluded.paused",
          m.id().substring(0, slash),
          Long.parseLong(m.id().substring(slash + 1)),
          s.get("wall_ms").asLong(),
          s.get("drill_ms").asLong(),
          s.get("speed").asLong(),
          s.get("paused").asBoolean() ? 1L : 0L);
      return Optional.empty();
    } catch (DataAccessException e) {
      // The drill row has not arrived yet (its incident may be in a later batch): wait for it.
      return Optional.of("drill clock " + m.id() + ": " + e.getMessage());
    }
  }
}
