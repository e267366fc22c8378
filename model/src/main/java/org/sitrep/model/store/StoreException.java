package org.sitrep.model.store;

/** The workspace file could not be read or written (disk, permissions, corruption). */
public class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
