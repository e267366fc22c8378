package org.sitrep.sync.storage;

import java.io.IOException;

/** A write-once object is already there: segments are never overwritten. */
public final class ObjectExistsException extends IOException {

  public ObjectExistsException(String key) {
    super("already exists: " + key);
  }
}
