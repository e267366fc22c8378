package org.sitrep.model.vault;

import java.time.Instant;
import java.util.Optional;

/** One line of the vault's own audit trail: who took which secret, why, when — never the value. */
public record AuditEntry(
    String id,
    String itemId,
    String itemName,
    AccessKind action,
    String actor,
    Optional<String> approver,
    String purpose,
    Optional<String> incidentId,
    Optional<String> entryId,
    Instant at) {}
