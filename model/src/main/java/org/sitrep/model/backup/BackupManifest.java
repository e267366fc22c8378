package org.sitrep.model.backup;

import java.util.Map;

/**
 * What a backup holds, readable without the passphrase (listing and choosing need it): when it was
 * taken, by which laptop, at which schema version, how many rows of what, each device's chain head,
 * and the SHA-256 of the database inside. It is authenticated: every encrypted chunk binds the
 * header's hash, so a changed manifest makes the file refuse to open.
 *
 * @param counts rows per table ({@code log_entry}, {@code incident}, …)
 * @param chainHeads per device: {@code seq:hash} of its last log entry
 * @param dbSha256 hex SHA-256 of the database file inside, checked after decrypting
 */
public record BackupManifest(
    String name,
    long createdMs,
    int schemaVersion,
    String device,
    String deviceLabel,
    Map<String, Long> counts,
    Map<String, String> chainHeads,
    String dbSha256,
    long dbBytes) {

  public BackupManifest {
    counts = Map.copyOf(counts);
    chainHeads = Map.copyOf(chainHeads);
  }

  /** Log entries in the backup: the figure an operator checks first. */
  public long entries() {
    return counts.getOrDefault("log_entry", 0L);
  }
}
