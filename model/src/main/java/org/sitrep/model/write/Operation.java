package org.sitrep.model.write;

import java.util.List;

/**
 * A change to the workspace, as a value: the closed set of things a laptop can do to shared state
 * (ADR 28). Services validate and build operations; {@link org.sitrep.model.store.WriteTx#apply}
 * records their fields for sync and writes their rows with the projection that writes the same
 * operations when they arrive from another laptop. Nothing else writes synced rows.
 *
 * <p>Grouped by entity family, one sealed interface each, so a family reads in one file.
 */
public sealed interface Operation
    permits IncidentOperation,
        LogOperation,
        ChecklistOperation,
        ContactOperation,
        ActionItemOperation,
        OnCallOperation,
        EscalationOperation,
        LibraryOperation,
        CommsOperation,
        VaultOperation,
        PostmortemOperation,
        DrillOperation,
        ReadinessOperation {

  /** The synced entity this operation changes ({@code incident}, {@code log_entry} …). */
  String entity();

  /** Which one of them. */
  String entityId();

  /**
   * The synced fields it sets, in the order they are recorded: exactly what the outbox carries
   * (entity, id, field, JSON value), so the wire format is the one sync always spoke.
   */
  List<FieldWrite> writes();
}
