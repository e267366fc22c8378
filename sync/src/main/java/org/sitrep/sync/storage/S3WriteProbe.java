package org.sitrep.sync.storage;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * Finds out whether an S3 server refuses a conditional write to an existing key, by trying it: a
 * server that ignores {@code If-None-Match: *} would otherwise overwrite segments silently.
 */
final class S3WriteProbe {

  private S3WriteProbe() {}

  /**
   * @param base encoded path of the bucket and key prefix, ending in a slash
   */
  static S3Storage.WriteGuard run(S3Http http, String base) throws IOException {
    String path = base + "probe/" + UUID.randomUUID() + ".probe";
    byte[] bytes = "sitrep write-once probe".getBytes(UTF_8);
    Map<String, String> condition = Map.of("if-none-match", "*");
    S3Http.Response first = http.send("PUT", path, Map.of(), bytes, condition);
    try {
      if (first.status() == 501) {
        return S3Storage.WriteGuard.HEAD_THEN_PUT; // the header itself is not implemented
      }
      if (!first.ok()) {
        throw http.failure(first, "probing write-once under probe/");
      }
      S3Http.Response second = http.send("PUT", path, Map.of(), bytes, condition);
      if (second.status() == 412) {
        return S3Storage.WriteGuard.IF_NONE_MATCH;
      }
      if (second.ok() || second.status() == 501) {
        return S3Storage.WriteGuard.HEAD_THEN_PUT;
      }
      throw http.failure(second, "probing write-once under probe/");
    } finally {
      if (first.ok()) {
        try {
          http.send("DELETE", path, Map.of(), null, Map.of());
        } catch (StorageUnavailableException leftOver) {
          // A stray probe object under probe/ harms nothing: sync never lists that prefix.
        }
      }
    }
  }
}
