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

  /**
   * Moves each other laptop's chain head to its newest entry here, once per batch (not once per
   * entry): it lets verify notice entries cut off the end of another laptop's chain too.
   */
  static void advanceChainHeads(DSLContext dsl) {
    dsl.execute(
        "UPDATE device SET"
            + " chain_seq = (SELECT max(l.device_seq) FROM log_entry l WHERE l.device_id = device.id),"
            + " chain_head = (SELECT l.hash FROM log_entry l WHERE l.device_id = device.id"
            + " ORDER BY l.device_seq DESC LIMIT 1)"
            + " WHERE is_local = 0 AND EXISTS (SELECT 1 FROM log_entry l"
            + " WHERE l.device_id = device.id AND l.device_seq > device.chain_seq)");
  }
}
