package org.sitrep.model.vault.imports;

import org.sitrep.model.ChangeRefusedException;

/**
 * An export file that cannot be read: the message names the file and the place (XML line and
 * column, JSON path, CSV line) and says why, never quoting a value from the file — it may be a
 * secret. Nothing was imported when this is thrown.
 */
public final class BadExportException extends ChangeRefusedException {

  public BadExportException(String file, String where, String why) {
    super(file + (where.isEmpty() ? "" : ":" + where) + ": " + why + "; nothing imported");
  }
}
