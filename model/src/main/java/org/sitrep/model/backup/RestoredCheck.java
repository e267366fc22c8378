package org.sitrep.model.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sitrep.model.log.ChainReport;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.vault.KdfParams;

/**
 * What a restored database must pass before anyone is told "restored": SQLite's own {@code
 * integrity_check} and foreign keys, every device's hash chain (the same {@link ChainVerifier} as
 * {@code verify}), the vault and laptop key slots well-formed, and row counts and chain heads equal
 * to what the manifest promised. Each problem is one plain sentence.
 */
final class RestoredCheck {

  private static final int SALT_BYTES = 16;
  // nonce (12) + a wrapped 32-byte key + GCM tag (16)
  private static final int WRAPPED_KEY_BYTES = 12 + 32 + 16;

  private RestoredCheck() {}

  /** The problems found; empty when the database is sound and matches {@code manifest}. */
  static List<String> problems(Path db, BackupManifest manifest) {
    List<String> problems = new ArrayList<>();
    try (Connection c = Snapshot.open(db, true)) {
      integrity(c, problems);
      if (!problems.isEmpty()) {
        return problems; // nothing else can be trusted on a damaged file
      }
      foreignKeys(c, problems);
      ChainReport chains =
          ChainVerifier.verify(
              DSL.using(
                  c,
                  SQLDialect.SQLITE,
                  new Settings().withRenderSchema(false).withExecuteLogging(false)));
      chains
          .firstBreak()
          .ifPresent(
              b ->
                  problems.add(
                      "the log's hash chain of device "
                          + b.device()
                          + " breaks at entry #"
                          + b.seq()
                          + ": "
                          + b.problem()));
      keySlots(c, "vault_key_slot", "the vault", problems);
      keySlots(c, "laptop_key_slot", "this laptop's keys", problems);
      compare("rows", manifest.counts(), Snapshot.counts(c), problems);
      compare("chain heads", manifest.chainHeads(), Snapshot.chainHeads(c), problems);
    } catch (SQLException e) {
      problems.add("SQLite cannot read the restored database: " + e.getMessage());
    }
    return problems;
  }

  static void integrity(Connection c, List<String> problems) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      List<String> lines = new ArrayList<>();
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
      if (!(lines.size() == 1 && "ok".equals(lines.get(0)))) {
        problems.add(
            "SQLite's integrity_check failed: "
                + String.join("; ", lines.subList(0, Math.min(3, lines.size()))));
      }
    }
  }

  static void foreignKeys(Connection c, List<String> problems) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
      int count = 0;
      String first = null;
      while (rs.next()) {
        if (first == null) {
          first =
              rs.getString(1) + " row " + rs.getLong(2) + " points at a missing " + rs.getString(3);
        }
        count++;
      }
      if (count > 0) {
        problems.add(count + " row(s) point at rows that are not there (first: " + first + ")");
      }
    }
  }

  private static void keySlots(Connection c, String table, String what, List<String> problems)
      throws SQLException {
    if (!Snapshot.tableExists(c, table)) {
      return;
    }
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT holder, kdf_memory_kib, kdf_iterations, kdf_parallelism, salt, wrapped_key"
                    + " FROM "
                    + table)) {
      while (rs.next()) {
        String holder = rs.getString(1);
        try {
          new KdfParams(rs.getInt(2), rs.getInt(3), rs.getInt(4));
        } catch (RuntimeException e) {
          problems.add(
              "the key slot '" + holder + "' of " + what + " is weakened: " + e.getMessage());
        }
        byte[] salt = rs.getBytes(5);
        byte[] wrapped = rs.getBytes(6);
        if (salt == null || salt.length != SALT_BYTES) {
          problems.add("the key slot '" + holder + "' of " + what + " has a damaged salt");
        }
        if (wrapped == null || wrapped.length != WRAPPED_KEY_BYTES) {
          problems.add("the key slot '" + holder + "' of " + what + " has a damaged wrapped key");
        }
      }
    }
  }

  private static <V> void compare(
      String what, Map<String, V> promised, Map<String, V> found, List<String> problems) {
    if (!promised.equals(found)) {
      problems.add(
          "the " + what + " differ from the manifest: promised " + promised + ", found " + found);
    }
  }
}
