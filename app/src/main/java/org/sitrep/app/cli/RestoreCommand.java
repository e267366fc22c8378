package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.model.backup.BackupSettings;
import org.sitrep.model.backup.RestoreReport;
import org.sitrep.model.backup.RestoreService;
import org.sitrep.model.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restore a backup into a new workspace folder (default: beside the data "
          + "folder), after checking its checksum, name, every encrypted part, SQLite's "
          + "integrity_check, foreign keys, the hash chains, the key slots and the "
          + "manifest. Never over the live workspace without --over-live (which keeps the "
          + "live file as sitrep.db.before-restore-TIME)."
    })
final class RestoreCommand implements Callable<Integer> {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "BACKUP",
      description = "A backup file, or its name in the backup folder.")
  String backup;

  @Option(names = "--to", paramLabel = "DIR", description = "Restore into this (new) folder.")
  Path to;

  @Option(names = "--over-live", description = "Replace the live workspace (close the window).")
  boolean overLive;

  @Option(
      names = "--from",
      paramLabel = "TARGET",
      description = "Fetch BACKUP (a name, or 'newest') from this sync target first.")
  String from;

  @Option(
      names = "--at",
      paramLabel = "TIME",
      description =
          "With 'newest': the newest backup taken at or before TIME (UTC, 2026-12-07T14:00).")
  String at;

  @Option(names = "--passphrase-stdin", description = "Read the passphrase from standard input.")
  boolean stdin;

  @Override
  public Integer call() throws java.io.IOException {
    Path dataDir = DataDirectory.forThisProcess(Optional.ofNullable(root.dataDir()));
    Path file = Path.of(backup);
    if (from != null) {
      file = fetch(dataDir);
    } else if (backup.equals("newest")) {
      Path folder = BackupSettings.read(dataDir).folderIn(dataDir);
      try (var files = Files.list(folder)) {
        String name =
            pick(
                files
                    .filter(org.sitrep.model.backup.BackupService::isBackupFile)
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList());
        file = folder.resolve(name);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new org.sitrep.model.ChangeRefusedException("no backups in " + folder);
      }
    } else if (!Files.exists(file)) {
      file = BackupSettings.read(dataDir).folderIn(dataDir).resolve(backup);
    }
    if (!Files.isRegularFile(file)) {
      throw new org.sitrep.model.ChangeRefusedException("no backup file " + backup);
    }
    if (overLive && to != null) {
      throw new org.sitrep.model.ChangeRefusedException("give --to DIR or --over-live, not both");
    }
    Path target =
        overLive
            ? dataDir
            : to != null
                ? to
                : dataDir.resolveSibling(
                    dataDir.getFileName() + "-restored-" + System.currentTimeMillis());
    char[] pass = new SecretInput(stdin).line("Backup passphrase:");
    spec.commandLine().getErr().println("restoring " + file.getFileName() + " into " + target);
    try {
      RestoreService restorer = new RestoreService();
      RestoreReport r =
          overLive
              ? restorer.restoreOverLive(file, pass, target)
              : restorer.restore(file, pass, target);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "restored %s: %d entries, hash chains, integrity and key slots checked, in %d ms%n",
          r.manifest().name(), r.manifest().entries(), r.took().toMillis());
      out.println("workspace: " + r.workspaceFile());
      r.previousKept().ifPresent(p -> out.println("the replaced workspace is kept as " + p));
      r.newDevice()
          .ifPresent(
              d ->
                  out.println(
                      "it had synced: it rejoins as a new device ("
                          + d
                          + ") so nothing is numbered twice; join the team again (sync join),"
                          + " a teammate invites it"));
      if (!overLive) {
        out.println("open it with: sitrep --data-dir " + target);
      }
      return Cli.OK;
    } finally {
      java.util.Arrays.fill(pass, '\0');
    }
  }

  /**
   * Downloads from a sync target. The target's address and credentials live in a workspace: on a
   * new laptop that is a fresh one with the target added ({@code sync add-target}), given with
   * {@code --data-dir}; the restore then goes to {@code --to}.
   */
  private Path fetch(Path dataDir) throws java.io.IOException {
    try (org.sitrep.app.Session session = root.open();
        org.sitrep.sync.storage.SyncStorage storage = BackupTargets.open(session, from)) {
      java.util.List<String> names = org.sitrep.sync.backup.BackupCopies.list(storage);
      if (names.isEmpty()) {
        throw new org.sitrep.model.ChangeRefusedException("no backups on " + from);
      }
      String name = backup.equals("newest") ? pick(names) : backup;
      return org.sitrep.sync.backup.BackupCopies.download(
          storage, name, dataDir.resolve("fetched-backups"));
    }
  }

  /** The newest name (names sort by the time they carry), at or before {@code --at} if given. */
  private String pick(java.util.List<String> sortedNames) {
    String limit = "~";
    if (at != null) {
      java.time.Instant t;
      try {
        String iso = at.strip().replace(' ', 'T');
        t =
            iso.endsWith("Z")
                ? java.time.Instant.parse(iso)
                : java.time.LocalDateTime.parse(iso).toInstant(java.time.ZoneOffset.UTC);
      } catch (java.time.format.DateTimeParseException e) {
        throw new org.sitrep.model.ChangeRefusedException(
            "--at " + at + ": not a time (2026-12-07T14:00, UTC)");
      }
      limit =
          "sitrep-"
              + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                  .withZone(java.time.ZoneOffset.UTC)
                  .format(t)
              + "-~";
    }
    String chosen = null;
    for (String n : sortedNames) {
      if (n.compareTo(limit) <= 0) {
        chosen = n;
      }
    }
    if (chosen == null) {
      throw new org.sitrep.model.ChangeRefusedException(
          "no backup" + (at == null ? "" : " taken at or before " + at));
    }
    return chosen;
  }
}
