package org.sitrep.model.merge;

import static org.sitrep.model.merge.RowProjection.Kind.BLOB;
import static org.sitrep.model.merge.RowProjection.Kind.BOOL;
import static org.sitrep.model.merge.RowProjection.Kind.CSV;
import static org.sitrep.model.merge.RowProjection.Kind.JSON;
import static org.sitrep.model.merge.RowProjection.Kind.LONG;
import static org.sitrep.model.merge.RowProjection.Kind.TEXT;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Every entity sync carries, with its merge rule. An operation whose entity is not here is kept in
 * the registers (nothing is lost) but changes no table until a projection for it exists.
 */
public final class Projections {

  private static final Map<String, Projection> ALL = new LinkedHashMap<>();

  static {
    add(new IncidentProjection());
    add(new LogEntryProjection());
    add(AppendProjection.commandRecord());
    add(AppendProjection.pageAttempt());
    add(AppendProjection.vaultAudit());
    add(new RunbookVersionProjection());
    add(new ChecklistRunProjection());
    add(new ChecklistStepProjection());
    add(new VaultSlotProjection());
    add(
        new RowProjection("contact", "contact", "id")
            .required("kind", "kind", TEXT)
            .required("name", "name", TEXT)
            .optional("organisation", "organisation", TEXT, "")
            .optional("title", "title", TEXT, "")
            .optional("phones", "phones", JSON, "[]")
            .optional("emails", "emails", JSON, "[]")
            .optional("chat", "chat", TEXT, "")
            .optional("time_zone", "time_zone", TEXT, "")
            .optional("tags", "tags", JSON, "[]")
            .optional("notes", "notes", TEXT, "")
            .optional("vendor", "vendor", JSON, null)
            .derived("updated_hlc", MergedEntity::lastHlc)
            .tombstone("deleted", "deleted"));
    add(
        new RowProjection("host", "host", "name")
            .required("address", "address", TEXT)
            .required("user", "username", TEXT)
            .optional("port", "port", LONG, 22L)
            .optional("environment", "environment", TEXT, "")
            .optional("tags", "tags", JSON, "[]")
            .optional("jump_host", "jump_host", TEXT, null)
            .optional("identity", "identity", TEXT, null)
            .optional("host_key", "host_key", TEXT, null)
            .derived("updated_hlc", MergedEntity::lastHlc)
            .tombstone("deleted", "deleted"));
    add(
        new RowProjection("rotation", "rotation", "id")
            .required("name", "name", TEXT)
            .required("team", "team", TEXT)
            .required("time_zone", "time_zone", TEXT)
            .required("starts", "starts", TEXT)
            .required("shift", "shift", TEXT)
            .required("layers", "layers", JSON)
            .optional("services", "services", JSON, "[]")
            .derived("updated_hlc", MergedEntity::lastHlc)
            .tombstone("deleted", "deleted"));
    add(
        new RowProjection("oncall_override", "oncall_override", "id")
            .required("rotation", "rotation_id", TEXT)
            .required("layer", "layer", TEXT)
            .required("person", "person", TEXT)
            .required("from_ms", "from_ms", LONG)
            .required("to_ms", "to_ms", LONG)
            .optional("reason", "reason", TEXT, "")
            .derived("updated_hlc", MergedEntity::lastHlc)
            .tombstone("deleted", "deleted"));
    add(
        new RowProjection("workspace_setting", "workspace_setting", "key")
            .required("value", "value", TEXT)
            .derived("updated_hlc", MergedEntity::lastHlc));
    add(AppendProjection.commsUpdate());
    add(new UpdateTemplateProjection());
    add(
        new RowProjection("escalation_policy", "escalation_policy", "id")
            .required("name", "name", TEXT)
            .required("levels", "levels", JSON)
            .derived("updated_hlc", MergedEntity::lastHlc)
            .tombstone("deleted", "deleted"));
    add(
        new RowProjection("page", "page", "id")
            .required("incident", "incident_id", TEXT)
            .required("target", "target", TEXT)
            .required("started_ms", "started_ms", LONG)
            .required("level", "level", LONG)
            .required("level_since_ms", "level_since_ms", LONG)
            .required("state", "state", TEXT)
            .optional("reminded_level", "reminded_level", LONG, -1L)
            .optional("policy", "policy_id", TEXT, null)
            .derived("updated_hlc", MergedEntity::lastHlc));
    add(
        new RowProjection("action_item", "action_item", "id")
            .required("incident_id", "incident_id", TEXT)
            .required("text", "text", TEXT)
            .required("kind", "kind", TEXT)
            .required("source", "source", TEXT)
            .required("status", "status", TEXT)
            .required("created_entry_id", "created_entry_id", TEXT)
            .optional("done_entry_id", "done_entry_id", TEXT, null)
            .optional("created_by", "created_by", TEXT, "")
            .optional("done_by", "done_by", TEXT, null)
            .optional("owner", "owner", TEXT, null)
            .optional("action_type", "action_type", TEXT, null)
            .optional("due_date", "due_date", TEXT, null)
            .optional("tracker_url", "tracker_url", TEXT, null)
            .derived("created_ms", m -> m.number("created_ms").orElse(m.firstMillis()))
            .derived("done_ms", Projections::doneMillis)
            .derived("updated_hlc", MergedEntity::lastHlc));
    add(
        new RowProjection("vault_item", "vault_item", "id")
            .required("name", "name", TEXT)
            .required("kind", "kind", TEXT)
            .required("seal", "seal", TEXT)
            .optional("username", "username", TEXT, "")
            .optional("host", "host", TEXT, "")
            .optional("url", "url", TEXT, "")
            .optional("tags", "tags", CSV, "")
            .optional("rotate_by", "rotate_by", TEXT, null)
            .optional("payload", "payload", BLOB, null)
            .optional("created_by", "created_by", TEXT, "")
            .derived("created_ms", m -> m.number("created_ms").orElse(m.firstMillis()))
            .derived("updated_ms", m -> m.lastHlc() >>> 16)
            .derived("updated_hlc", MergedEntity::lastHlc)
            .tombstone("removed", "removed")
            .after(VaultSearchIndex::refresh));
    add(
        new RowProjection("postmortem", "postmortem", "incident_id")
            .required("state", "state", TEXT)
            .required("revision", "revision", LONG)
            .required("created_by", "created_by", TEXT)
            .optional("reviewers", "reviewers", JSON, "[]")
            .optional("editors", "editors", JSON, "[]")
            .optional("review_due_ms", "review_due_ms", LONG, null)
            .derived("created_ms", MergedEntity::firstMillis)
            .derived("updated_ms", m -> m.lastHlc() >>> 16)
            .derived("updated_hlc", MergedEntity::lastHlc));
    add(new PostmortemSectionProjection());
    add(AppendProjection.postmortemComment());
    add(AppendProjection.postmortemApproval());
    add(
        new RowProjection("oncall_setting", "oncall_setting", "key")
            .required("value", "value", JSON)
            .derived("updated_hlc", MergedEntity::lastHlc));
    add(
        new RowProjection("drill", "drill", "incident_id")
            .required("scenario", "scenario_id", TEXT)
            .required("scenario_title", "scenario_title", TEXT)
            .required("scenario_source", "scenario_source", TEXT)
            .required("facilitator", "facilitator", TEXT)
            .required("started_ms", "started_ms", LONG)
            .optional("ended_ms", "ended_ms", LONG, null)
            .optional("offline", "offline", BOOL, 0L)
            .derived("updated_hlc", MergedEntity::lastHlc));
    add(new DrillClockProjection());
    add(new DrillInjectProjection());
    add(
        new RowProjection("service", "service", "name")
            .required("owner_team", "owner_team", TEXT)
            .required("tier", "tier", LONG)
            .required("rto_s", "rto_s", LONG)
            .required("rpo_s", "rpo_s", LONG)
            .required("restore_every_days", "restore_every_days", LONG)
            .optional("drills_count", "drills_count", BOOL, 1L)
            .optional("runbooks", "runbooks", JSON, "{}")
            .optional("vendors", "vendors", JSON, "[]")
            .optional("hosts", "hosts", JSON, "[]")
            .optional("vault_items", "vault_items", JSON, "[]")
            .derived("updated_hlc", MergedEntity::lastHlc)
            .tombstone("deleted", "deleted"));
    add(
        new RowProjection("restore_test", "restore_test", "id")
            .required("service", "service", TEXT)
            .required("kind", "kind", TEXT)
            .required("runbook", "runbook_id", TEXT)
            .required("runbook_version", "runbook_version", LONG)
            .required("started_by", "started_by", TEXT)
            .required("started_ms", "started_ms", LONG)
            .required("result", "result", TEXT)
            .optional("incident", "incident_id", TEXT, null)
            .optional("checklist_run", "checklist_run_id", TEXT, null)
            .optional("test_host", "test_host", TEXT, null)
            .optional("backup_point_ms", "backup_point_ms", LONG, null)
            .optional("verified_ms", "verified_ms", LONG, null)
            .optional("notes", "notes", TEXT, "")
            .derived("updated_hlc", MergedEntity::lastHlc));
  }

  private Projections() {}

  private static void add(Projection p) {
    ALL.put(p.entity(), p);
  }

  public static Optional<Projection> of(String entity) {
    return Optional.ofNullable(ALL.get(entity));
  }

  /** Entities with a projection, for status lines and tests. */
  public static java.util.Set<String> entities() {
    return java.util.Collections.unmodifiableSet(ALL.keySet());
  }

  private static Object doneMillis(MergedEntity m) {
    boolean done = m.text("status").map("DONE"::equals).orElse(false);
    return done ? m.number("done_ms").orElse(m.fields().get("status").millis()) : null;
  }

  /** Keeps the search index of vault items in step with merged rows (names only, never values). */
  static final class VaultSearchIndex {
    private VaultSearchIndex() {}

    static void refresh(DSLContext dsl, MergedEntity m) {
      Object rowid = dsl.fetchValue("SELECT rowid FROM vault_item WHERE id = ?", m.id());
      dsl.execute("DELETE FROM vault_item_fts WHERE rowid = ?", rowid);
      if (m.deleted("removed")) {
        // As a local removal does: the ciphertext goes, the tombstone row stays.
        dsl.execute("UPDATE vault_item SET payload = NULL WHERE id = ?", m.id());
      } else {
        dsl.execute(
            "INSERT INTO vault_item_fts (rowid, item_id, name, username, host, url, tags)"
                + " SELECT rowid, id, name, username, host, url, replace(tags, ',', ' ')"
                + " FROM vault_item WHERE id = ?",
            m.id());
      }
    }
  }
}
