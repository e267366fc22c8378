package org.sitrep.model.vault;

import static org.sitrep.model.store.schema.Tables.VAULT_AUDIT;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.store.WriteTx;

/** The vault's own audit trail: appended with every access, read newest first. Never values. */
final class VaultAuditRepository {

  static final String AUDIT = "vault_audit";

  private VaultAuditRepository() {}

  static void insertAudit(WriteTx tx, AuditEntry e, Hlc hlc) {
    tx.dsl()
        .insertInto(VAULT_AUDIT)
        .set(VAULT_AUDIT.ID, e.id())
        .set(VAULT_AUDIT.ITEM_ID, e.itemId())
        .set(VAULT_AUDIT.ITEM_NAME, e.itemName())
        .set(VAULT_AUDIT.ACTION, e.action().name())
        .set(VAULT_AUDIT.ACTOR, e.actor())
        .set(VAULT_AUDIT.APPROVER, e.approver().orElse(null))
        .set(VAULT_AUDIT.PURPOSE, e.purpose())
        .set(VAULT_AUDIT.INCIDENT_ID, e.incidentId().orElse(null))
        .set(VAULT_AUDIT.ENTRY_ID, e.entryId().orElse(null))
        .set(VAULT_AUDIT.AT_MS, e.at().toEpochMilli())
        .set(VAULT_AUDIT.HLC, hlc.packed())
        .set(VAULT_AUDIT.DEVICE_ID, tx.device().id())
        .execute();
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("item_id", e.itemId());
    op.put("item_name", e.itemName());
    op.put("action", e.action().name());
    op.put("actor", e.actor());
    op.put("approver", e.approver().orElse(null));
    op.put("purpose", e.purpose());
    op.put("incident_id", e.incidentId().orElse(null));
    op.put("entry_id", e.entryId().orElse(null));
    op.put("at_ms", e.at().toEpochMilli());
    tx.record(hlc, AUDIT, e.id(), "append", op);
  }

  /** The audit trail, newest first; for one item when {@code itemId} is given. */
  static List<AuditEntry> audit(DSLContext dsl, Optional<String> itemId, int limit) {
    var q = dsl.selectFrom(VAULT_AUDIT).where(org.jooq.impl.DSL.noCondition());
    if (itemId.isPresent()) {
      q = q.and(VAULT_AUDIT.ITEM_ID.eq(itemId.get()));
    }
    return q.orderBy(VAULT_AUDIT.HLC.desc())
        .limit(limit)
        .fetch(
            r ->
                new AuditEntry(
                    r.getId(),
                    r.getItemId(),
                    r.getItemName(),
                    AccessKind.valueOf(r.getAction()),
                    r.getActor(),
                    Optional.ofNullable(r.getApprover()),
                    r.getPurpose(),
                    Optional.ofNullable(r.getIncidentId()),
                    Optional.ofNullable(r.getEntryId()),
                    Instant.ofEpochMilli(r.getAtMs())));
  }
}
