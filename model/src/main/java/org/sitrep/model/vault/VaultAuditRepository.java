package org.sitrep.model.vault;

import static org.sitrep.model.store.schema.Tables.VAULT_AUDIT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.write.VaultOperation;

/** The vault's own audit trail: appended with every access, read newest first. Never values. */
final class VaultAuditRepository {

  private VaultAuditRepository() {}

  static void insertAudit(WriteTx tx, AuditEntry e, Hlc hlc) {
    tx.apply(hlc, new VaultOperation.Audit(e));
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
