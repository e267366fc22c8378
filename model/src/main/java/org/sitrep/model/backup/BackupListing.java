package org.sitrep.model.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One backup file in a folder as {@code backup list} shows it: good when its checksum matches what
 * this laptop recorded when it finished it (or, for a file it did not write, when its end mark and
 * checksum hold); otherwise the reason.
 */
public record BackupListing(
    Path file, Optional<BackupManifest> manifest, long bytes, Optional<String> problem) {

  public boolean good() {
    return problem.isEmpty() && manifest.isPresent();
  }

  public long createdMs() {
    return manifest.map(BackupManifest::createdMs).orElse(0L);
  }
}
