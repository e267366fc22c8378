package org.sitrep.model.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * A consistent copy of a live workspace file, and the facts a manifest states about a database.
 *
 * <p>The copy is {@code VACUUM INTO} on a connection of its own: in WAL mode it reads one snapshot
 * while the workspace's own connection keeps committing, so the window is never held for the length
 * of a backup (it would be if the copy ran under the workspace's lock).
 */
final class Snapshot {

  /** The tables whose row counts a manifest states and a restore compares. */
  static final List<String> COUNTED =
      List.of(
          "incident",
          "log_entry",
          "outbox",
          "runbook_version",
          "checklist_run",
          "vault_item",
          "vault_key_slot",
          "contact",
          "action_item");

  private Snapshot() {}

  /** Copies {@code live} into {@code target} (which must not exist) as one consistent snapshot. */
  static void copy(Path live, Path target) {
    try (Connection c = open(live, true);
        java.sql.PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
      s.setString(1, target.toAbsolutePath().toString());
      s.execute();
    } catch (SQLException e) {
      throw new BackupRefusedException(
          "cannot copy the workspace " + live + " for a backup: " + e.getMessage(), e);
    }
  }

  static Connection open(Path file, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly);
    config.setBusyTimeout(30_000);
    config.enforceForeignKeys(false);
    return DriverManager.getConnection(
        "jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
  }

  static Map<String, Long> counts(Connection c) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      for (String table : COUNTED) {
        if (!tableExists(c, table)) {
          continue;
        }
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
          counts.put(table, rs.next() ? rs.getLong(1) : 0L);
        }
      }
    }
    return counts;
  }

  static Map<String, String> chainHeads(Connection c) throws SQLException {
    Map<String, String> heads = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, chain_seq, chain_head FROM device WHERE chain_seq > 0 ORDER BY id")) {
      while (rs.next()) {
        heads.put(rs.getString(1), rs.getLong(2) + ":" + rs.getString(3));
      }
    }
    return heads;
  }

  /** The highest applied Flyway version (0 for a file Sitrep never migrated). */
  static int schemaVersion(Connection c) throws SQLException {
    if (!tableExists(c, "flyway_schema_history")) {
      return 0;
    }
    int highest = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version FROM flyway_schema_history"
                    + " WHERE success = 1 AND version IS NOT NULL")) {
      while (rs.next()) {
        highest = Math.max(highest, Integer.parseInt(rs.getString(1).split("\\.")[0]));
      }
    }
    return highest;
  }

  /** This laptop's device id and label in the file, as {@code [id, label]}. */
  static String[] localDevice(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, label FROM device WHERE is_local = 1")) {
      return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : new String[] {"", ""};
    }
  }

  static boolean tableExists(Connection c, String table) throws SQLException {
    try (java.sql.PreparedStatement s =
        c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JDK", e);
    }
  }
}
