package org.sitrep.model.backup;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.merge.RemoteOperations;
import org.sitrep.model.store.Workspace;

/**
 * Makes a restored workspace that may have synced a new device (ADR 33). After the backup was
 * taken, the laptop may have written and synced more: those operations are on a target under
 * sequence numbers the restored copy would hand out again, and teammates already hold them. So a
 * restored workspace that knew any sync target or team writes from now on as a fresh device: the
 * old device's operations up to the backup stay as they were (a device like any other now), the
 * ones it sent after the backup are read back from the target like a teammate's, and nothing is
 * numbered twice. The new device has no keys and no team yet: it joins again (a teammate invites
 * it), as a new laptop would.
 */
final class RejoinAsNewDevice {

  private static final SecureRandom RANDOM = new SecureRandom();

  private RejoinAsNewDevice() {}

  /**
   * Switches the restored file {@code db} (checked, not yet named {@code sitrep.db}) to a new local
   * device when it knew a sync target or a team; returns the new device's id, or empty when the
   * workspace never synced and keeps its device.
   */
  static Optional<String> applyIfSynced(Path db, String backupName, InstantSource clock) {
    if (!everSynced(db)) {
      return Optional.empty();
    }
    String fresh = newId();
    try (Workspace ws = Workspace.open(db, clock)) {
      ws.write(
          tx -> {
            // The old device's own operations not yet folded into the merge registers are folded
            // now, while it is still the local device: afterwards they are a remote device's,
            // applied up to here, and what it sent after the backup follows on from here.
            RemoteOperations.foldLocal(tx);
            switchDevice(tx.dsl(), tx.device().id(), fresh, backupName, clock.millis());
            return null;
          });
    }
    // Out of WAL mode before the file is renamed: the rename moves the main file only.
    try (Connection c = Snapshot.open(db, false);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode = DELETE");
    } catch (SQLException e) {
      throw new BackupRefusedException("cannot settle the restored file: " + e.getMessage(), e);
    }
    return Optional.of(fresh);
  }

  private static void switchDevice(
      DSLContext db, String old, String fresh, String backupName, long now) {
    db.execute("UPDATE device SET is_local = 0 WHERE id = ?", old);
    db.execute(
        "INSERT INTO device (id, is_local, label, operator, created_ms, last_hlc)"
            + " SELECT ?, 1, label, operator, ?, last_hlc FROM device WHERE id = ?",
        fresh,
        now,
        old);
    // What this laptop sent and the snapshots it wrote were the old device's: the new one starts
    // its own segments at 1. How far it read every teammate stays: those are still good.
    db.execute("DELETE FROM sync_sent");
    db.execute("DELETE FROM sync_snapshot");
    // A new member of the team: the old device's keys and membership do not carry over.
    db.execute("DELETE FROM team_member");
    db.execute("DELETE FROM team_key");
    db.execute("DELETE FROM sync_identity");
    db.execute(
        "INSERT INTO restored_as (device_id, was_device, backup_name, restored_ms)"
            + " VALUES (?, ?, ?, ?)",
        fresh,
        old,
        backupName,
        now);
  }

  private static boolean everSynced(Path db) {
    try (Connection c = Snapshot.open(db, true);
        Statement s = c.createStatement()) {
      for (String table : new String[] {"sync_target", "team_member", "sync_sent"}) {
        if (Snapshot.tableExists(c, table)) {
          try (var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            if (rs.next() && rs.getLong(1) > 0) {
              return true;
            }
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw new BackupRefusedException("cannot read the restored file: " + e.getMessage(), e);
    }
  }

  private static String newId() {
    byte[] id = new byte[8];
    RANDOM.nextBytes(id);
    return HexFormat.of().formatHex(id);
  }
}
