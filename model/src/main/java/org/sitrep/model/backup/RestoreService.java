package org.sitrep.model.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.InflaterOutputStream;
import org.sitrep.model.store.PrivateFiles;
import org.sitrep.model.store.Workspace;

/**
 * Restores a backup file (ADR 23) into a workspace folder: into a new folder by default; over the
 * live workspace only when asked, never while another Sitrep has it open, and keeping the live one
 * beside it. Before the new file takes the name {@code sitrep.db} the backup's end mark and
 * checksum, its name, the passphrase, every chunk, the database's hash and {@link RestoredCheck}
 * must all pass; until then the work is a hidden {@code .restoring} file a kill leaves harmless.
 */
public final class RestoreService {

  /** The newest schema this build can open: a backup from a newer Sitrep is refused. */
  private final int newestSchema;

  public RestoreService() {
    this(Workspace.newestSchema());
  }

  RestoreService(int newestSchema) {
    this.newestSchema = newestSchema;
  }

  /**
   * Checks {@code backup} without a passphrase: end mark, checksum, and that the file carries the
   * backup its name says. Returns its manifest.
   */
  public static BackupManifest inspect(Path backup) {
    BackupHeader header = BackupFileFormat.inspect(backup);
    String fileName = backup.getFileName().toString();
    String inside = header.manifest().name();
    if (!fileName.equals(inside) && !fileName.equals(inside + BackupService.PART)) {
      throw new BackupRefusedException(
          fileName
              + ": the file holds backup "
              + inside
              + ", not the one its name says: two backups were swapped or renamed");
    }
    return header.manifest();
  }

  /**
   * Restores {@code backup} into {@code toDir}, which must not hold a workspace yet, and checks it.
   */
  public RestoreReport restore(Path backup, char[] passphrase, Path toDir) {
    return restore(backup, passphrase, toDir, false);
  }

  /**
   * Restores over the workspace in {@code liveDir} (which must be closed everywhere); the live file
   * is kept as {@code sitrep.db.before-restore-<time>}.
   */
  public RestoreReport restoreOverLive(Path backup, char[] passphrase, Path liveDir) {
    return restore(backup, passphrase, liveDir, true);
  }

  private RestoreReport restore(Path backup, char[] passphrase, Path toDir, boolean overLive) {
    long started = System.nanoTime();
    BackupManifest manifest = inspect(backup);
    if (manifest.schemaVersion() > newestSchema) {
      throw new BackupRefusedException(
          backup.getFileName()
              + " was made by a newer Sitrep (schema "
              + manifest.schemaVersion()
              + ", this one knows up to "
              + newestSchema
              + "): update Sitrep first");
    }
    Path target = toDir.toAbsolutePath().resolve(Workspace.FILE_NAME);
    if (Files.exists(target) && !overLive) {
      throw new BackupRefusedException(
          toDir
              + " already holds a workspace: restore into a new folder (--to DIR), or pass"
              + " --over-live to replace it");
    }
    Path part = toDir.toAbsolutePath().resolve(".restoring-" + manifest.name() + ".db");
    try {
      PrivateFiles.createDirectory(toDir);
      decryptInto(backup, passphrase, manifest, part);
      List<String> problems = RestoredCheck.problems(part, manifest);
      if (!problems.isEmpty()) {
        throw new BackupRefusedException(
            backup.getFileName()
                + " decrypted, but its database fails the checks: "
                + String.join("; ", problems));
      }
      Optional<String> newDevice =
          RejoinAsNewDevice.applyIfSynced(part, manifest.name(), java.time.InstantSource.system());
      Optional<Path> kept = Optional.empty();
      if (overLive && Files.exists(target)) {
        kept = Optional.of(setLiveAside(target, manifest));
      }
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      BackupService.syncFolder(target.getParent());
      return new RestoreReport(
          target, manifest, Duration.ofNanos(System.nanoTime() - started), kept, newDevice);
    } catch (IOException e) {
      throw new BackupRefusedException(
          "cannot restore into " + toDir + ": " + e.getMessage() + " (nothing was replaced)", e);
    } finally {
      BackupService.deleteQuietly(part);
      BackupService.deleteQuietly(part.resolveSibling(part.getFileName() + "-wal"));
      BackupService.deleteQuietly(part.resolveSibling(part.getFileName() + "-shm"));
    }
  }

  private static void decryptInto(
      Path backup, char[] passphrase, BackupManifest manifest, Path part) throws IOException {
    BackupHeader header = BackupFileFormat.readHeader(backup);
    byte[] fileKey = header.recipientInFile().unwrap(passphrase, header.wrapped(), manifest.name());
    MessageDigest digest = Snapshot.sha256();
    Files.deleteIfExists(part);
    PrivateFiles.createFile(part);
    PrivateFiles.restrict(part);
    try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
      OutputStream db = new DigestOutputStream(Channels.newOutputStream(channel), digest);
      // Not closed before the force below: closing it would close the channel too.
      InflaterOutputStream inflate = new InflaterOutputStream(db);
      try {
        BackupFileFormat.decrypt(backup, fileKey, inflate);
        inflate.finish();
        inflate.flush();
      } catch (java.util.zip.ZipException e) {
        throw new BackupRefusedException(
            backup.getFileName() + ": the decrypted body does not inflate: " + e.getMessage(), e);
      }
      channel.force(true);
    } finally {
      java.util.Arrays.fill(fileKey, (byte) 0);
    }
    String sha = HexFormat.of().formatHex(digest.digest());
    if (!sha.equals(manifest.dbSha256())) {
      throw new BackupRefusedException(
          backup.getFileName() + ": the database inside differs from its manifest's SHA-256");
    }
  }

  /**
   * Keeps a copy of the live workspace and takes it out of WAL mode, which needs it closed by every
   * other connection: a window still open on it makes this fail instead of losing its writes.
   */
  private static Path setLiveAside(Path live, BackupManifest manifest) throws IOException {
    try (Connection c = Snapshot.open(live, false);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 2000");
      try (var rs = s.executeQuery("PRAGMA journal_mode = DELETE")) {
        String mode = rs.next() ? rs.getString(1) : "";
        if (!"delete".equalsIgnoreCase(mode)) {
          throw inUse("journal mode stayed " + mode);
        }
      }
    } catch (SQLException e) {
      throw inUse(e.getMessage());
    }
    // Out of WAL mode the file alone is the whole workspace: a plain copy keeps all of it.
    Path kept =
        live.resolveSibling(Workspace.FILE_NAME + ".before-restore-" + System.currentTimeMillis());
    Files.copy(live, kept);
    PrivateFiles.restrict(kept);
    try (FileChannel ch = FileChannel.open(kept, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    return kept;
  }

  private static BackupRefusedException inUse(String why) {
    return new BackupRefusedException(
        "the live workspace is open in another Sitrep (the window?) — "
            + why
            + ": close it, then restore again; nothing was replaced");
  }
}
