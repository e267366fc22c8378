package org.sitrep.model.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a file in the backup folder is judged for {@code backup list}, and what killed backups left.
 */
final class ListingCheck {

  private ListingCheck() {}

  static BackupListing of(Path file, BackupRecords.Recorded recorded) {
    long bytes = 0;
    try {
      bytes = Files.size(file);
      if (recorded != null
          && recorded.fileBytes() == bytes
          && recorded.fileSha256().equals(BackupFileFormat.trailerSha256(file))) {
        // The trailer holds the whole-file hash recorded at write; the header is read for the
        // manifest. A changed byte elsewhere is caught by restore and by the drill.
        BackupManifest m = BackupFileFormat.readHeader(file).manifest();
        if (m.name().equals(file.getFileName().toString())) {
          return new BackupListing(
              file, java.util.Optional.of(m), bytes, java.util.Optional.empty());
        }
      }
      BackupManifest m = RestoreService.inspect(file);
      if (recorded != null && !recorded.fileSha256().equals(BackupFileFormat.trailerSha256(file))) {
        return new BackupListing(
            file,
            java.util.Optional.of(m),
            bytes,
            java.util.Optional.of("not the file this laptop wrote under that name"));
      }
      return new BackupListing(file, java.util.Optional.of(m), bytes, java.util.Optional.empty());
    } catch (BackupRefusedException e) {
      return new BackupListing(
          file, java.util.Optional.empty(), bytes, java.util.Optional.of(e.getMessage()));
    } catch (IOException | RuntimeException e) {
      return new BackupListing(
          file,
          java.util.Optional.empty(),
          bytes,
          java.util.Optional.of("unreadable: " + e.getMessage()));
    }
  }

  /** {@code .part} files and work folders of backups older than {@code age}; removed if asked. */
  static java.util.List<String> leftovers(Path folder, java.time.Duration age, boolean remove) {
    java.util.List<String> found = new java.util.ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return found;
    }
    long before = System.currentTimeMillis() - age.toMillis();
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if ((n.endsWith(BackupService.PART) || n.startsWith(".work-"))
            && Files.getLastModifiedTime(f).toMillis() < before) {
          found.add(n);
          if (remove) {
            BackupService.deleteTree(f);
            BackupService.deleteQuietly(f);
          }
        }
      }
    } catch (IOException e) {
      throw new BackupRefusedException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    return found;
  }
}
