package org.sitrep.sync.storage;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Storage the team already has — a shared folder, an SFTP server, an S3-compatible bucket — seen as
 * a flat set of write-once objects under slash-separated keys. Sync needs nothing more: each device
 * writes only its own keys, so there are no locks, no server and no overwrites.
 *
 * <p>Every method may throw {@link StorageUnavailableException} when the target cannot be reached
 * (offline, unmounted, refused): callers treat that as "try again later", never as "empty".
 */
public interface SyncStorage extends AutoCloseable {

  /**
   * Writes {@code bytes} under {@code key} only if nothing is there yet, atomically: a reader sees
   * the whole object or none of it.
   *
   * @throws ObjectExistsException when the key already holds an object (whatever its content)
   */
  void putIfAbsent(String key, byte[] bytes) throws IOException;

  /** The object's bytes, or empty when there is no such object (404, no such file). */
  Optional<byte[]> get(String key) throws IOException;

  /**
   * Keys that start with {@code prefix} and sort after {@code startAfter} (byte order; empty string
   * for all), in ascending order. Temporary files of unfinished writes are never listed.
   */
  List<String> list(String prefix, String startAfter) throws IOException;

  /** Removes an object; removing a missing one is not an error. Only garbage collection uses it. */
  void delete(String key) throws IOException;

  /** Where this is, for status lines and errors: never credentials. */
  String describe();

  @Override
  default void close() throws IOException {}
}
