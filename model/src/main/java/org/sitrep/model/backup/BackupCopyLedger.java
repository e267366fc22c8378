package org.sitrep.model.backup;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Which backups wait to be copied to which target ({@code backup_copy}, V29): a row is queued when
 * a backup is finished, marked copied once the copy was read back and compared, and otherwise
 * counts its failures and when to try again. Only this laptop's bookkeeping: never synced.
 */
public final class BackupCopyLedger {

  /** One backup's copy to one target, as the Backups view and {@code backup list} show it. */
  public record Copy(
      String name,
      String target,
      long queuedMs,
      Optional<Long> copiedMs,
      int attempts,
      long nextTryMs,
      Optional<String> lastError) {

    public boolean copied() {
      return copiedMs.isPresent();
    }
  }

  private BackupCopyLedger() {}

  /** Queues {@code name} for {@code target}; nothing changes when it is queued already. */
  public static void queue(DSLContext db, String name, String target, long now) {
    db.execute(
        "INSERT INTO backup_copy (name, target, queued_ms, next_try_ms) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (name, target) DO NOTHING",
        name,
        target,
        now,
        now);
  }

  /**
   * The copies to {@code target} not done yet whose next try is due at {@code now}, oldest first.
   */
  public static List<String> due(DSLContext db, String target, long now) {
    return db.fetch(
            "SELECT name FROM backup_copy WHERE target = ? AND copied_ms IS NULL"
                + " AND next_try_ms <= ? ORDER BY queued_ms, name",
            target,
            now)
        .getValues(0, String.class);
  }

  public static void copied(DSLContext db, String name, String target, long now) {
    db.execute(
        "UPDATE backup_copy SET copied_ms = ?, last_error = NULL WHERE name = ? AND target = ?",
        now,
        name,
        target);
  }

  /** Counts a failed attempt and says when to try again; returns the attempts so far. */
  public static int failed(
      DSLContext db, String name, String target, String error, long nextTryMs) {
    db.execute(
        "UPDATE backup_copy SET attempts = attempts + 1, last_error = ?, next_try_ms = ?"
            + " WHERE name = ? AND target = ?",
        error,
        nextTryMs,
        name,
        target);
    return attempts(db, name, target);
  }

  public static int attempts(DSLContext db, String name, String target) {
    Integer n =
        db.fetchOptional(
                "SELECT attempts FROM backup_copy WHERE name = ? AND target = ?", name, target)
            .map(r -> r.get(0, Integer.class))
            .orElse(0);
    return n;
  }

  /**
   * Forgets copies of a backup the rotation removed: the file is gone, there is nothing to send.
   */
  public static void forget(DSLContext db, String name) {
    db.execute("DELETE FROM backup_copy WHERE name = ? AND copied_ms IS NULL", name);
  }

  /** Every copy, newest backup first. */
  public static List<Copy> all(DSLContext db) {
    return db.fetch(
            "SELECT name, target, queued_ms, copied_ms, attempts, next_try_ms, last_error"
                + " FROM backup_copy ORDER BY name DESC, target")
        .map(
            r ->
                new Copy(
                    r.get(0, String.class),
                    r.get(1, String.class),
                    r.get(2, Long.class),
                    Optional.ofNullable(r.get(3, Long.class)),
                    r.get(4, Integer.class),
                    r.get(5, Long.class),
                    Optional.ofNullable(r.get(6, String.class))));
  }
}
