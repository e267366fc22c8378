package org.sitrep.model.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises a write that failed because the disk (or the file's page limit) is full. SQLite says
 * SQLITE_FULL on the statement that hit it; when the journal write fails instead, it rolls the
 * transaction back itself and the commit that follows reads "cannot commit - no transaction is
 * active", which tells an operator nothing. Both become one sentence: where, and that nothing that
 * was saved before is lost.
 */
final class DiskFull {

  /**
   * Below this much free space a transaction SQLite rolled back on its own is taken as disk full.
   */
  private static final long NEARLY_FULL = 16L * 1024 * 1024;

  private DiskFull() {}

  static boolean causedBy(Throwable e, Path file) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("sqlite_full")
          || m.contains("disk is full")
          || m.contains("database is full")) {
        return true;
      }
      if (t instanceof SQLException && m.contains("no transaction is active")) {
        return nearlyFull(file);
      }
      if (t instanceof IOException && m.contains("no space left")) {
        return true;
      }
    }
    return false;
  }

  static StoreException error(Path file, Throwable cause) {
    return new StoreException(
        "the disk is full: "
            + file.toAbsolutePath()
            + " could not grow, so this change was not saved. Nothing was lost: everything saved"
            + " before is intact. Free some space on that disk and try again.",
        cause);
  }

  private static boolean nearlyFull(Path file) {
    try {
      return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace() < NEARLY_FULL;
    } catch (IOException e) {
      return false;
    }
  }
}
