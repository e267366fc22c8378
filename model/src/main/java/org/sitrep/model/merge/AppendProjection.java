package org.sitrep.model.merge;

import static org.sitrep.model.merge.LogEntryProjection.text;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/**
 * Immutable records that hang off a log entry, a page or a vault item: inserted once, never
 * changed. One that arrives before its parent waits (parked) and is retried.
 */
final class AppendProjection implements Projection, CheckedRows {

  private interface Insert {
    void run(DSLContext dsl, OutboxOperation op, JsonNode v);
  }

  private final String entity;
  private final Insert insert;
  private AppendedRows rows;

  private AppendProjection(String entity, Insert insert) {
    this.entity = entity;
    this.insert = insert;
  }

  /** Rows checked against the records that appended them; none unless a table is declared. */
  @Override
  public java.util.List<RowTamper> tampered(DSLContext dsl) {
    return rows == null ? java.util.List.of() : rows.tampered(dsl);
  }

  private AppendProjection checkedAs(AppendedRows checked) {
    this.rows = checked;
    return this;
  }

  @Override
  public String entity() {
    return entity;
  }

  @Override
  public Rule rule() {
    return Rule.APPEND;
  }

  @Override
  public Optional<String> append(DSLContext dsl, OutboxOperation op) {
    try {
      insert.run(dsl, op, Json.mapper().readTree(op.valueJson()));
      return Optional.empty();
    } catch (DataAccessException e) {
      return Optional.of(entity + " " + op.entityId() + ": " + e.getMessage());
    }
  }

  /** A command's full output, stored beside its result entry (whose hash covers its digest). */
  static AppendProjection commandRecord() {
    return new AppendProjection(
        "command_record",
        (dsl, op, v) ->
            dsl.execute(
                "INSERT OR IGNORE INTO command_record (entry_id, intent_id, body) VALUES (?, ?, ?)",
                op.entityId(),
                v.isString() ? null : text(v, "intent"),
                v.isString() ? v.asString() : v.get("body").asString()));
  }

  static AppendProjection pageAttempt() {
    return new AppendProjection(
        "page_attempt",
        (dsl, op, v) ->
            dsl.execute(
                "INSERT OR IGNORE INTO page_attempt (id, page_id, person, channel, outcome, at_ms,"
                    + " entry_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                op.entityId(),
                v.get("page").asString(),
                v.get("person").asString(),
                v.get("channel").asString(),
                v.get("outcome").asString(),
                v.get("at_ms").asLong(),
                v.get("entry").asString()));
  }

  static AppendProjection vaultAudit() {
    AppendProjection p =
        new AppendProjection(
            "vault_audit",
            (dsl, op, v) ->
                dsl.execute(
                    "INSERT OR IGNORE INTO vault_audit (id, item_id, item_name, action, actor, approver,"
                        + " purpose, incident_id, entry_id, at_ms, hlc, device_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    op.entityId(),
                    v.get("item_id").asString(),
                    v.get("item_name").asString(),
                    v.get("action").asString(),
                    v.get("actor").asString(),
                    text(v, "approver"),
                    v.get("purpose").asString(),
                    text(v, "incident_id"),
                    text(v, "entry_id"),
                    v.get("at_ms").asLong(),
                    op.hlc().packed(),
                    op.device()));
    return p.checkedAs(
        new AppendedRows("vault_audit", "vault_audit")
            .column("item_id")
            .column("item_name")
            .column("action")
            .column("actor")
            .column("approver")
            .column("purpose")
            .column("incident_id")
            .column("entry_id")
            .column("at_ms"));
  }

  static AppendProjection postmortemComment() {
    return new AppendProjection(
        "postmortem_comment",
        (dsl, op, v) ->
            dsl.execute(
                "INSERT OR IGNORE INTO postmortem_comment (id, incident_id, section_key, revision,"
                    + " author, text, created_ms, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                op.entityId(),
                v.get("incident_id").asString(),
                v.get("section_key").asString(),
                v.get("revision").asLong(),
                v.get("author").asString(),
                v.get("text").asString(),
                v.get("created_ms").asLong(),
                op.hlc().packed()));
  }

  static AppendProjection postmortemApproval() {
    return new AppendProjection(
        "postmortem_approval",
        (dsl, op, v) ->
            dsl.execute(
                "INSERT OR IGNORE INTO postmortem_approval (id, incident_id, revision, approver,"
                    + " approved_ms, hlc) VALUES (?, ?, ?, ?, ?, ?)",
                op.entityId(),
                v.get("incident_id").asString(),
                v.get("revision").asLong(),
                v.get("approver").asString(),
                v.get("approved_ms").asLong(),
                op.hlc().packed()));
  }

  /** What a comms.update.* entry's text does not say: audience, template, the next promise. */
  static AppendProjection commsUpdate() {
    return new AppendProjection(
        "comms_update",
        (dsl, op, v) ->
            dsl.execute(
                "INSERT OR IGNORE INTO comms_update (entry_id, incident_id, audience, phase,"
                    + " template_id, template_version, sent_ms, next_update_ms, overridden)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                op.entityId(),
                v.get("incident_id").asString(),
                v.get("audience").asString(),
                v.get("phase").asString(),
                v.get("template_id").asString(),
                v.get("template_version").asLong(),
                // Bound as BIGINT: a bare Long in plain SQL reached SQLite cut to 32 bits here.
                DSL.val(v.get("sent_ms").asLong(), SQLDataType.BIGINT),
                DSL.val(
                    v.get("next_update_ms") == null || v.get("next_update_ms").isNull()
                        ? null
                        : v.get("next_update_ms").asLong(),
                    SQLDataType.BIGINT),
                v.get("overridden").asString()));
  }
}
