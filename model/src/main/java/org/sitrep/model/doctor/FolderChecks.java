package org.sitrep.model.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.backup.BackupListing;
import org.sitrep.model.backup.BackupService;
import org.sitrep.model.backup.BackupSettings;
import org.sitrep.model.store.PrivateFiles;
import org.sitrep.model.store.Workspace;

/** The checks around the workspace file: disk, backups and who may read the folder. */
final class FolderChecks {

  /** Below this a backup (about the workspace's size, compressed) or a long incident may fail. */
  static final long LOW_SPACE = 512L * 1024 * 1024;

  private FolderChecks() {}

  static Finding freeSpace(Path dataDir) {
    try {
      long free = Files.getFileStore(dataDir).getUsableSpace();
      String mib = (free / (1024 * 1024)) + " MiB";
      return free < LOW_SPACE
          ? Finding.problem(
              "disk space",
              "only "
                  + mib
                  + " free where the workspace lives: writes and backups fail when it runs out."
                  + " Free some space (old backups can go to a sync target)")
          : Finding.healthy("disk space", mib + " free");
    } catch (IOException e) {
      return Finding.problem("disk space", "cannot read the free space: " + e.getMessage());
    }
  }

  static Finding backupAge(Workspace ws, BackupService backups, BackupSettings settings) {
    if (!backups.hasKey()) {
      return Finding.problem(
          "backups",
          "no backup key yet, so no backups: a lost laptop loses everything. Run `sitrep backup"
              + " init` and keep the passphrase off this laptop");
    }
    Optional<BackupListing> newest = backups.newest();
    if (newest.isEmpty()) {
      return Finding.problem(
          "backups", "no good backup in " + backups.folder() + ": run `sitrep backup now`");
    }
    Duration age = Duration.ofMillis(ws.wallClock().millis() - newest.get().createdMs());
    String text = "newest good backup is " + age.toMinutes() + " min old";
    return age.compareTo(settings.rpoTarget()) > 0
        ? Finding.problem(
            "backups",
            text
                + ", older than the RPO target of "
                + settings.rpoTarget().toMinutes()
                + " min: run `sitrep backup now` (the window backs up while it runs)")
        : Finding.healthy("backups", text);
  }

  static Finding leftovers(BackupService backups) {
    List<String> left = backups.leftovers(Duration.ofHours(1), false);
    if (left.isEmpty()) {
      return Finding.healthy("unfinished backups", "none left behind");
    }
    return Finding.repairable(
        "unfinished backups",
        left.size()
            + " piece(s) of backups that never finished (killed or out of space): "
            + String.join(", ", left)
            + ". They are never listed or restored, only take space",
        "remove them",
        () -> "removed " + backups.leftovers(Duration.ofHours(1), true).size());
  }

  static Finding permissions(Path dataDir, Path backupFolder) {
    if (!PrivateFiles.posix(dataDir)) {
      return Finding.healthy("permissions", "no POSIX permissions here: the profile folder guards");
    }
    List<Path> wide = new ArrayList<>();
    try {
      collect(dataDir, wide, 0);
      if (!backupFolder.startsWith(dataDir) && Files.isDirectory(backupFolder)) {
        collect(backupFolder, wide, 0);
      }
    } catch (IOException e) {
      return Finding.problem("permissions", "cannot read permissions: " + e.getMessage());
    }
    if (wide.isEmpty()) {
      return Finding.healthy("permissions", "the data folder and its files are owner-only");
    }
    return Finding.repairable(
        "permissions",
        wide.size()
            + " file(s) or folder(s) other local users can read (first: "
            + wide.get(0)
            + "): the workspace holds the team's history and wrapped keys",
        "make them owner-only (0700 folders, 0600 files)",
        () -> {
          int n = 0;
          for (Path p : wide) {
            try {
              n += PrivateFiles.restrict(p) ? 1 : 0;
            } catch (IOException e) {
              return "stopped at " + p + ": " + e.getMessage();
            }
          }
          return "narrowed " + n;
        });
  }

  private static void collect(Path dir, List<Path> wide, int depth) throws IOException {
    if (isWide(dir)) {
      wide.add(dir);
    }
    if (depth > 2) {
      return;
    }
    try (var entries = Files.list(dir)) {
      for (Path p : entries.toList()) {
        if (Files.isSymbolicLink(p)) {
          continue;
        }
        if (Files.isDirectory(p)) {
          collect(p, wide, depth + 1);
        } else if (isWide(p)) {
          wide.add(p);
        }
      }
    }
  }

  private static boolean isWide(Path p) throws IOException {
    var perms = Files.getPosixFilePermissions(p);
    return !(Files.isDirectory(p)
        ? perms.equals(PrivateFiles.OWNER_ONLY_DIR)
        : perms.equals(PrivateFiles.OWNER_ONLY_FILE));
  }
}
