package org.sitrep.sync.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.backup.BackupRefusedException;
import org.sitrep.model.backup.BackupService;
import org.sitrep.model.backup.RestoreService;
import org.sitrep.model.store.PrivateFiles;
import org.sitrep.sync.storage.ObjectExistsException;
import org.sitrep.sync.storage.SyncStorage;

/**
 * Backups copied off the laptop through the sync storage drivers (folder, SFTP, S3), under {@code
 * backups/<file name>}: write-once like segments (the name carries the time and a random tag), and
 * checked when fetched back, so a lost laptop loses nothing older than the newest copy. The files
 * are already encrypted to the backup key: the storage sees no plaintext.
 */
public final class BackupCopies {

  static final String PREFIX = "backups/";

  private BackupCopies() {}

  /**
   * Copies {@code backup} to {@code storage}; true when written, false when a copy was there
   * already. Read back and compared before it counts, like a segment.
   */
  public static boolean upload(SyncStorage storage, Path backup) throws IOException {
    RestoreService.inspect(backup);
    String key = PREFIX + backup.getFileName();
    byte[] bytes = Files.readAllBytes(backup);
    try {
      storage.putIfAbsent(key, bytes);
    } catch (ObjectExistsException e) {
      return false;
    }
    Optional<byte[]> back = storage.get(key);
    if (back.isEmpty() || !java.util.Arrays.equals(back.get(), bytes)) {
      throw new BackupRefusedException(
          "the copy of "
              + backup.getFileName()
              + " on "
              + storage.describe()
              + " reads back"
              + " differently: not counted as copied");
    }
    return true;
  }

  /** The backup file names on {@code storage}, oldest first (names sort by time). */
  public static List<String> list(SyncStorage storage) throws IOException {
    return storage.list(PREFIX, "").stream()
        .map(k -> k.substring(PREFIX.length()))
        .filter(n -> n.endsWith(BackupService.SUFFIX))
        .sorted()
        .toList();
  }

  /**
   * Fetches backup {@code name} into {@code folder} (written privately, then renamed), checked (end
   * mark, checksum, name) before it takes its name.
   */
  public static Path download(SyncStorage storage, String name, Path folder) throws IOException {
    byte[] bytes =
        storage
            .get(PREFIX + name)
            .orElseThrow(
                () ->
                    new BackupRefusedException("no backup " + name + " on " + storage.describe()));
    PrivateFiles.createDirectory(folder);
    Path part = folder.resolve(name + ".part");
    PrivateFiles.write(part, bytes);
    Path file = folder.resolve(name);
    try {
      RestoreService.inspect(part);
      Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
    return file;
  }
}
