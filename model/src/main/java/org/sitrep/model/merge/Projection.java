package org.sitrep.model.merge;

import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.outbox.OutboxOperation;

/**
 * How one entity's operations from other laptops become rows here: its merge rule and the write
 * into its tables. A new entity plugs into sync by adding one of these to {@link Projections}.
 */
public interface Projection {

  /** How concurrent writes to this entity merge. */
  enum Rule {
    /** Immutable records (log entries, audit rows): every one is kept, duplicates are ignored. */
    APPEND,
    /** Last writer wins per field by hybrid clock; the losing values stay in merge_history. */
    FIELDS,
    /**
     * As FIELDS, but two different values for the same field are a conflict a human must look at
     * (runbook text written as the same version on two laptops): both are kept.
     */
    FIELDS_FLAG_CONFLICTS
  }

  String entity();

  Rule rule();

  /**
   * For FIELDS_FLAG_CONFLICTS: whether two values say the same (then there is nothing to flag even
   * if they differ byte for byte, e.g. the same runbook text imported at different times).
   */
  default boolean sameValue(String a, String b) {
    return java.util.Objects.equals(a, b);
  }

  /**
   * For FIELDS rules: writes the merged entity into its rows. Returns why it cannot yet (a parent
   * row or a required field has not arrived), or empty when the rows now match the merge.
   */
  default Optional<String> project(DSLContext dsl, MergedEntity merged) {
    throw new UnsupportedOperationException(entity() + " is append-only");
  }

  /**
   * For the APPEND rule: inserts the record the operation carries unless it is there already.
   * Returns why it cannot yet (its incident has not arrived), or empty when done.
   */
  default Optional<String> append(DSLContext dsl, OutboxOperation op) {
    throw new UnsupportedOperationException(entity() + " merges per field");
  }

  /**
   * For the APPEND rule: inserts a record this laptop just made (ADR 28). The same insert as {@link
   * #append}; a projection may skip the look-ups that only a record from elsewhere needs.
   */
  default Optional<String> appendOwn(DSLContext dsl, OutboxOperation op) {
    return append(dsl, op);
  }
}
