package org.sitrep.model.backup;

/**
 * A backup that cannot be trusted, or a restore that would do harm: the message names the file and
 * the reason in plain words. Nothing was changed when it is thrown.
 */
public class BackupRefusedException extends org.sitrep.model.store.StoreException {

  public BackupRefusedException(String message) {
    super(message, null);
  }

  public BackupRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
