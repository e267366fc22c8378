package org.sitrep.model.merge;

import org.jooq.DSLContext;

/** Rows for the other laptops whose entries arrive here: the "where" of their entries. */
public final class RemoteDevices {

  private RemoteDevices() {}

  /** Adds a row for {@code device} unless there is one; its label is the id until named. */
  public static void ensure(DSLContext dsl, String device, long seenMillis) {
    dsl.execute(
        "INSERT OR IGNORE INTO device (id, is_local, label, created_ms) VALUES (?, 0, ?, ?)",
        device,
        device,
        seenMillis);
  }

  /** Names another laptop (from the team roster) so its entries say where they were written. */
  public static void label(DSLContext dsl, String device, String label, long seenMillis) {
    ensure(dsl, device, seenMillis);
    dsl.execute("UPDATE device SET label = ? WHERE id = ? AND is_local = 0", label, device);
  }
}
