package org.sitrep.model.merge;

import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/**
 * Log entries from other laptops: a union. Each is stored exactly as its device wrote it, including
 * the chain link and hash, so {@code verify} checks the other laptop's chain here too.
 */
final class LogEntryProjection implements Projection {

  @Override
  public String entity() {
    return "log_entry";
  }

  @Override
  public Rule rule() {
    return Rule.APPEND;
  }

  @Override
  public Optional<String> append(DSLContext dsl, OutboxOperation op) {
    JsonNode e = Json.mapper().readTree(op.valueJson());
    String incident = e.get("incident").asString();
    String corrects = text(e, "corrects");
    // The three lookups in one prepared statement: this runs once per entry received, and building
    // three jOOQ queries per entry was most of the time spent applying a segment.
    long[] found =
        HotStatements.row(
            dsl,
            "SELECT EXISTS (SELECT 1 FROM log_entry WHERE id = ?),"
                + " EXISTS (SELECT 1 FROM incident WHERE id = ?),"
                + " ? = '' OR EXISTS (SELECT 1 FROM log_entry WHERE id = ?)",
            3,
            op.entityId(),
            incident,
            corrects == null ? "" : corrects,
            corrects == null ? "" : corrects);
    if (found[0] != 0) {
      return Optional.empty();
    }
    if (found[1] == 0) {
      return Optional.of("log entry " + op.entityId() + " waits for incident " + incident);
    }
    if (found[2] == 0) {
      return Optional.of("correction " + op.entityId() + " waits for entry " + corrects);
    }
    insert(dsl, op, e, incident, corrects);
    return Optional.empty();
  }

  /**
   * An entry this laptop just wrote: its id is new and the service has checked its incident and the
   * entry it corrects (the foreign keys would refuse them anyway), so nothing is looked up.
   */
  @Override
  public Optional<String> appendOwn(DSLContext dsl, OutboxOperation op) {
    JsonNode e = Json.mapper().readTree(op.valueJson());
    insert(dsl, op, e, e.get("incident").asString(), text(e, "corrects"));
    return Optional.empty();
  }

  private static void insert(
      DSLContext dsl, OutboxOperation op, JsonNode e, String incident, String corrects) {
    EventCode event = EventCode.ofCode(e.get("event").asString());
    long deviceSeq = e.get("device_seq").asLong();
    HotStatements.update(
        dsl,
        "INSERT INTO log_entry (id, incident_id, hlc, wall_ms, device_id, device_seq, author,"
            + " author_role, kind, event, text, corrects, prev_hash, hash, attachment)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        op.entityId(),
        incident,
        e.get("hlc").asLong(),
        e.get("wall_ms").asLong(),
        op.device(),
        deviceSeq,
        e.get("author").asString(),
        text(e, "author_role"),
        event.kind().name(),
        event.code(),
        e.get("text").asString(),
        corrects,
        e.get("prev_hash").asString(),
        e.get("hash").asString(),
        text(e, "attachment"));
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }
}
