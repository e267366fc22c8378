package org.sitrep.model.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a workspace file to the current schema. Flyway, with the Jackson it loads, costs about a
 * second per start; the command line is run often during an incident, so Flyway only runs when the
 * file is behind {@link #LATEST} (new file, or first start after an upgrade).
 */
final class Migrations {

  /** The highest {@code V<n>__*.sql} in db/migration. MigrationsTest fails when they disagree. */
  static final int LATEST = 29;

  private Migrations() {}

  static void bringUpToDate(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      bringUpToDate(dataSource, c);
    }
  }

  /**
   * Checks the version on {@code open}, the connection the workspace keeps (one SQLite open and
   * pragma set-up per start instead of two, issue 20); Flyway gets its own from {@code dataSource}
   * only when the file is behind.
   */
  static void bringUpToDate(DataSource dataSource, Connection open) throws SQLException {
    if (appliedVersion(open) >= LATEST) {
      return;
    }
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
        .load()
        .migrate();
  }

  /** The highest successfully applied version, or 0 for a new (or non-Flyway) file. */
  static int appliedVersion(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return appliedVersion(c);
    }
  }

  private static int appliedVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      try (ResultSet table =
          s.executeQuery(
              "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
        if (!table.next()) {
          return 0;
        }
      }
      int highest = 0;
      try (ResultSet rows =
          s.executeQuery(
              "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
        while (rows.next()) {
          highest = Math.max(highest, Integer.parseInt(rows.getString(1).split("\\.")[0]));
        }
      }
      return highest;
    }
  }
}
