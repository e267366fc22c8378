package org.sitrep.model.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.DeflaterInputStream;
import org.sitrep.model.store.PrivateFiles;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.vault.KdfParams;

/**
 * Takes backups of an open workspace (ADR 23): a consistent copy ({@code VACUUM INTO} on its own
 * connection, so the workspace keeps writing), compressed, encrypted to the backup key, written to
 * a private temporary file, flushed to disk and only then renamed into the backup folder and
 * recorded. A backup killed at any point leaves at most a {@code .part} file that is never listed.
 */
public final class BackupService {

  public static final String SUFFIX = ".sitrep-backup";
  static final String PART = ".part";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Workspace workspace;
  private final Path folder;

  /** Backups of {@code workspace} kept in {@code folder} (created owner-only when missing). */
  public BackupService(Workspace workspace, Path folder) {
    this.workspace = workspace;
    this.folder = folder.toAbsolutePath();
  }

  /** The default local folder: {@code backups} beside the workspace file. */
  public static Path defaultFolder(Path dataDir) {
    return dataDir.resolve("backups");
  }

  public Path folder() {
    return folder;
  }

  public boolean hasKey() {
    return workspace.read(db -> BackupKeys.load(db).isPresent());
  }

  /**
   * Makes the backup key: a new X25519 pair whose private half only {@code passphrase} opens.
   * Refused when one exists, unless {@code replace}.
   */
  public void createKey(char[] passphrase, KdfParams params, boolean replace) {
    if (passphrase.length < 8) {
      throw new org.sitrep.model.ChangeRefusedException(
          "the backup passphrase needs at least 8 characters: it is all that opens a backup");
    }
    BackupRecipient key = BackupRecipient.create(passphrase, params);
    workspace.read(
        db -> {
          BackupKeys.store(db, key, workspace.wallClock().millis(), replace);
          return null;
        });
  }

  /** Takes one backup now. */
  public BackupResult backupNow() {
    BackupRecipient recipient =
        workspace
            .read(BackupKeys::load)
            .orElseThrow(
                () ->
                    new BackupRefusedException(
                        "no backup key yet: run `sitrep backup init` and keep the passphrase"
                            + " somewhere other than this laptop"));
    long started = System.nanoTime();
    long now = workspace.wallClock().millis();
    byte[] tag = new byte[3];
    RANDOM.nextBytes(tag);
    String name =
        "sitrep-"
            + STAMP.format(java.time.Instant.ofEpochMilli(now))
            + "-"
            + HexFormat.of().formatHex(tag)
            + SUFFIX;
    Path work = folder.resolve(".work-" + name);
    Path part = folder.resolve(name + PART);
    Path done = folder.resolve(name);
    try {
      PrivateFiles.createDirectory(folder);
      PrivateFiles.createDirectory(work);
      Path snapshot = work.resolve("snapshot.db");
      Snapshot.copy(workspace.file(), snapshot);
      PrivateFiles.restrict(snapshot);
      BackupManifest manifest = manifest(snapshot, name, now);
      String sha = writeEncrypted(snapshot, manifest, recipient, part);
      long bytes = Files.size(part);
      Files.move(part, done, StandardCopyOption.ATOMIC_MOVE);
      syncFolder(folder);
      workspace.read(
          db -> {
            BackupRecords.add(db, manifest, sha, bytes);
            return null;
          });
      return new BackupResult(
          done, manifest, sha, bytes, Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException e) {
      throw new BackupRefusedException(
          "cannot write the backup into " + folder + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(part);
      deleteTree(work);
    }
  }

  /**
   * The finished backups in the folder, newest first, each checked. A backup killed half-way is a
   * {@code .part} file and never appears here.
   */
  public java.util.List<BackupListing> list() {
    java.util.List<BackupListing> listings = new java.util.ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return listings;
    }
    java.util.Map<String, BackupRecords.Recorded> recorded = new java.util.HashMap<>();
    workspace.read(BackupRecords::all).forEach(r -> recorded.put(r.name(), r));
    try (var files = Files.list(folder)) {
      for (Path file : files.filter(BackupService::isBackupFile).sorted().toList()) {
        listings.add(ListingCheck.of(file, recorded.get(file.getFileName().toString())));
      }
    } catch (IOException e) {
      throw new BackupRefusedException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    listings.sort(java.util.Comparator.comparingLong(BackupListing::createdMs).reversed());
    return listings;
  }

  /**
   * Removes the good backups {@link Rotation} does not keep, and leftovers of backups killed more
   * than an hour ago; returns the names removed. Damaged files are left for a person.
   */
  public java.util.List<String> prune(BackupSettings settings) {
    java.util.List<BackupListing> listed = list();
    java.util.Set<String> keep =
        Rotation.keep(
            listed.stream().filter(BackupListing::good).map(l -> l.manifest().get()).toList(),
            workspace.wallClock().instant(),
            settings);
    java.util.List<String> removed = new java.util.ArrayList<>();
    for (BackupListing l : listed) {
      String name = l.file().getFileName().toString();
      if (l.good() && !keep.contains(name)) {
        deleteQuietly(l.file());
        workspace.read(
            db -> {
              BackupRecords.remove(db, name);
              BackupCopyLedger.forget(db, name);
              return null;
            });
        removed.add(name);
      }
    }
    removed.addAll(leftovers(java.time.Duration.ofHours(1), true));
    return removed;
  }

  /** {@code .part} files and work folders of backups older than {@code age}; removed if asked. */
  public java.util.List<String> leftovers(java.time.Duration age, boolean remove) {
    return ListingCheck.leftovers(folder, age, remove);
  }

  /**
   * A finished backup's file: named {@code *.sitrep-backup}, a regular file, not hidden (the work
   * folder of a backup in progress, or killed, is {@code .work-<name>}).
   */
  public static boolean isBackupFile(Path f) {
    String n = f.getFileName().toString();
    return n.endsWith(SUFFIX) && !n.startsWith(".") && Files.isRegularFile(f);
  }

  /** The newest good backup, if any. */
  public java.util.Optional<BackupListing> newest() {
    return list().stream().filter(BackupListing::good).findFirst();
  }

  private BackupManifest manifest(Path snapshot, String name, long now) throws IOException {
    try (Connection c = Snapshot.open(snapshot, true)) {
      String[] device = Snapshot.localDevice(c);
      return new BackupManifest(
          name,
          now,
          Snapshot.schemaVersion(c),
          device[0],
          device[1],
          Snapshot.counts(c),
          Snapshot.chainHeads(c),
          Snapshot.sha256(snapshot),
          Files.size(snapshot));
    } catch (SQLException e) {
      throw new BackupRefusedException("cannot read the copy just taken: " + e.getMessage(), e);
    }
  }

  private static String writeEncrypted(
      Path snapshot, BackupManifest manifest, BackupRecipient recipient, Path part)
      throws IOException {
    byte[] fileKey = org.sitrep.model.vault.PassphraseKeys.randomKey();
    byte[] prefix = new byte[ChunkCipher.PREFIX_BYTES];
    RANDOM.nextBytes(prefix);
    try {
      BackupRecipient.WrappedKey wrapped = recipient.wrap(fileKey, manifest.name());
      byte[] header =
          BackupHeader.of(manifest, recipient, wrapped, ChunkCipher.DEFAULT_CHUNK, prefix)
              .toBytes();
      PrivateFiles.createFile(part);
      PrivateFiles.restrict(part);
      try (FileChannel channel =
              FileChannel.open(
                  part, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
          InputStream in =
              new DeflaterInputStream(
                  Files.newInputStream(snapshot), new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
        OutputStream out = Channels.newOutputStream(channel);
        String sha =
            BackupFileFormat.write(out, header, fileKey, ChunkCipher.DEFAULT_CHUNK, prefix, in);
        // The file is on disk before its name says it is whole.
        channel.force(true);
        return sha;
      }
    } finally {
      java.util.Arrays.fill(fileKey, (byte) 0);
    }
  }

  static void syncFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every platform can fsync a folder (Windows); the rename is still atomic there.
    }
  }

  static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // Left for `doctor` to name; never a reason to fail a backup that succeeded.
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(BackupService::deleteQuietly);
    } catch (IOException e) {
      // as above
    }
  }
}
