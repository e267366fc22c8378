package org.sitrep.model.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders only their owner may enter (0700) and files only their owner may read (0600): the
 * workspace holds the team's incident history and, wrapped, its keys; another local user has no
 * business reading either. Where the file system has no POSIX permissions (Windows), every method
 * does the plain thing and says nothing: the per-user profile folder already keeps others out.
 */
public final class PrivateFiles {

  public static final Set<PosixFilePermission> OWNER_ONLY_DIR =
      PosixFilePermissions.fromString("rwx------");
  public static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private PrivateFiles() {}

  /** Creates {@code dir} (and missing parents) 0700; an existing one is narrowed to 0700. */
  public static boolean createDirectory(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath();
    if (!Files.isDirectory(absolute)) {
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
      try {
        if (posix(absolute.getParent())) {
          Files.createDirectory(absolute, attribute(OWNER_ONLY_DIR));
        } else {
          Files.createDirectory(absolute);
        }
      } catch (FileAlreadyExistsException raced) {
        // Another process made it first: narrowing it below is all that is left to do.
      }
    }
    return restrict(absolute);
  }

  /**
   * Narrows an existing file or folder to owner-only; true when it was wider (the caller says so
   * once). A missing file is not an error: SQLite makes its side files only when it needs them.
   */
  public static boolean restrict(Path path) throws IOException {
    if (!Files.exists(path) || !posix(path)) {
      return false;
    }
    Set<PosixFilePermission> wanted = Files.isDirectory(path) ? OWNER_ONLY_DIR : OWNER_ONLY_FILE;
    Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
    if (now.equals(wanted)) {
      return false;
    }
    Files.setPosixFilePermissions(path, wanted);
    return true;
  }

  /**
   * Creates an empty 0600 file when none exists yet. SQLite gives its {@code -wal} and {@code -shm}
   * files the database file's own mode, so making the database file first is the umask Java cannot
   * set.
   */
  public static void createFile(Path file) throws IOException {
    if (Files.exists(file)) {
      return;
    }
    try {
      if (posix(file.toAbsolutePath().getParent())) {
        Files.createFile(file, attribute(OWNER_ONLY_FILE));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException raced) {
      // Another process made it first; the caller narrows it.
    }
  }

  /**
   * Writes {@code text} to {@code file} as UTF-8, owner-only from its first byte: written to a 0600
   * temporary file next to it, then moved over, so no reader ever sees a wider file.
   */
  public static void writeString(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Like {@link #writeString} for bytes. */
  public static void write(Path file, byte[] bytes) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp =
        posix(dir)
            ? Files.createTempFile(dir, ".sitrep-", ".tmp", attribute(OWNER_ONLY_FILE))
            : Files.createTempFile(dir, ".sitrep-", ".tmp");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(
            temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** True where this file system keeps POSIX permissions (not on Windows). */
  public static boolean posix(Path anyPathOnIt) {
    Path probe = anyPathOnIt == null ? Path.of("").toAbsolutePath() : anyPathOnIt;
    return probe.getFileSystem().supportedFileAttributeViews().contains("posix")
        && Files.getFileAttributeView(probe, PosixFileAttributeView.class) != null;
  }

  private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> p) {
    return PosixFilePermissions.asFileAttribute(p);
  }
}
