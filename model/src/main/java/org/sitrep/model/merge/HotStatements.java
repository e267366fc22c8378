package org.sitrep.model.merge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Prepared statements kept per connection for the few statements run once per operation received (a
 * log entry's checks and insert, the kept record). Rendering and preparing each through jOOQ took
 * about as long as SQLite's own work on a sync of thousands of entries. A workspace has one
 * connection used under its lock, so one cache per connection is never shared between threads; the
 * statements close with their connection.
 */
final class HotStatements {

  private static final Map<Connection, Map<String, PreparedStatement>> CACHE = new WeakHashMap<>();

  private HotStatements() {}

  /** Runs an insert/update, returning the rows changed. */
  static int update(DSLContext dsl, String sql, Object... binds) {
    try {
      PreparedStatement ps = prepared(dsl, sql, binds);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Runs a query of one row of integer columns (EXISTS checks), returning them. */
  static long[] row(DSLContext dsl, String sql, int columns, Object... binds) {
    try {
      PreparedStatement ps = prepared(dsl, sql, binds);
      try (ResultSet rs = ps.executeQuery()) {
        long[] out = new long[columns];
        if (rs.next()) {
          for (int i = 0; i < columns; i++) {
            out[i] = rs.getLong(i + 1);
          }
        }
        return out;
      }
    } catch (SQLException e) {
      throw new DataAccessException(sql + ": " + e.getMessage(), e);
    }
  }

  private static PreparedStatement prepared(DSLContext dsl, String sql, Object[] binds)
      throws SQLException {
    Connection connection = dsl.configuration().connectionProvider().acquire();
    PreparedStatement ps;
    synchronized (CACHE) {
      Map<String, PreparedStatement> mine = CACHE.computeIfAbsent(connection, c -> new HashMap<>());
      ps = mine.get(sql);
      if (ps == null || ps.isClosed()) {
        ps = connection.prepareStatement(sql);
        mine.put(sql, ps);
      }
    }
    ps.clearParameters();
    for (int i = 0; i < binds.length; i++) {
      ps.setObject(i + 1, binds[i]);
    }
    return ps;
  }
}
