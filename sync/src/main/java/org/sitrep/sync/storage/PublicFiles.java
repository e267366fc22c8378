package org.sitrep.sync.storage;

import java.io.IOException;

/**
 * Storage seen as a public web folder: named files replaced whole, each with its content type,
 * readable by anyone. The status page is published this way (ADR 22), on the same drivers as sync
 * but never on a sync target, and never encrypted: it is public.
 */
public interface PublicFiles extends AutoCloseable {

  /**
   * Writes {@code bytes} under {@code name}, replacing what was there, atomically: a reader gets
   * the old file or the new one, never half of either.
   */
  void replace(String name, byte[] bytes, String contentType) throws IOException;

  /** Where this is, for status lines and errors: never credentials. */
  String describe();

  @Override
  default void close() throws IOException {}
}
