package org.sitrep.model.merge;

import java.util.Map;
import java.util.Optional;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/**
 * The merged view of one entity: for each field, the value that won. Projections read it to write
 * the entity's rows; it knows nothing of tables.
 */
public record MergedEntity(String entity, String id, Map<String, Register> fields) {

  public boolean has(String field) {
    Register r = fields.get(field);
    return r != null && r.value() != null;
  }

  public Optional<JsonNode> json(String field) {
    Register r = fields.get(field);
    return r == null || r.value() == null
        ? Optional.empty()
        : Optional.of(Json.mapper().readTree(r.value()));
  }

  /** A text field's value; a JSON string reads as its content, anything else as its JSON. */
  public Optional<String> text(String field) {
    return json(field).map(n -> n.isString() ? n.asString() : n.toString());
  }

  public Optional<Long> number(String field) {
    return json(field).filter(JsonNode::isNumber).map(JsonNode::asLong);
  }

  /** The field's raw JSON, for columns that store JSON as text (lists, objects). */
  public Optional<String> rawJson(String field) {
    Register r = fields.get(field);
    return r == null ? Optional.empty() : Optional.ofNullable(r.value());
  }

  /** The earliest write to any field: when the entity came to be, as far as anyone can tell. */
  public long firstMillis() {
    return fields.values().stream().mapToLong(Register::millis).min().orElse(0);
  }

  /** The latest write to any field, packed. */
  public long lastHlc() {
    return fields.values().stream().mapToLong(Register::hlc).max().orElse(0);
  }

  /**
   * Whether the entity is deleted: its tombstone field says so and no other field was written after
   * the tombstone — an edit made after a delete brings the entity back.
   */
  public boolean deleted(String tombstone) {
    Register t = fields.get(tombstone);
    if (t == null || t.value() == null || !Json.mapper().readTree(t.value()).asBoolean(false)) {
      return false;
    }
    return fields.entrySet().stream()
        .filter(e -> !e.getKey().equals(tombstone))
        .noneMatch(e -> e.getValue().beats(t));
  }
}
