package org.sitrep.model.merge;

import java.util.List;
import org.jooq.DSLContext;

/**
 * A projection whose rows {@code verify} checks against the operations that wrote them (ADR 19, ADR
 * 26): it knows its tables, so it knows what each row must hold.
 */
interface CheckedRows {

  /** Rows that differ from their operations, rows no operation wrote, rows gone that should be. */
  List<RowTamper> tampered(DSLContext dsl);
}
