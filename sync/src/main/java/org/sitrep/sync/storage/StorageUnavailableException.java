package org.sitrep.sync.storage;

import java.io.IOException;

/**
 * The target cannot be reached right now (no network, folder unmounted, server refusing). Sync
 * retries later; it never reads this as "the target is empty".
 */
public final class StorageUnavailableException extends IOException {

  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageUnavailableException(String message) {
    super(message);
  }
}
