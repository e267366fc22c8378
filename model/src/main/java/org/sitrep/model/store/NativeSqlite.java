package org.sitrep.model.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where sqlite-jdbc's native library lives: one copy per driver release and platform, in a private
 * (0700) cache folder, reused by every start. Left to itself the driver extracts a fresh copy into
 * {@code /tmp} on every start and sweeps other processes' copies, so parallel starts print a SEVERE
 * stack trace and stale copies pile up; a library in a world-writable folder is also one another
 * user could swap. This must run before the driver loads, so {@link Workspace#open} calls it first.
 */
public final class NativeSqlite {

  public static final String CACHE_OVERRIDE = "SITREP_CACHE";
  private static boolean prepared;

  private NativeSqlite() {}

  /** Points the driver at the cached library (extracting it once); idempotent per process. */
  public static synchronized void prepare() {
    if (prepared) {
      return;
    }
    prepared = true;
    if (System.getProperty("org.sqlite.lib.path") != null) {
      return; // Whoever set it knows where their library is.
    }
    try {
      Path dir =
          cacheFolder(System.getenv(), System.getProperty("os.name"), userHome()).resolve("native");
      String name = extractOnce(dir);
      System.setProperty("org.sqlite.lib.path", dir.toString());
      System.setProperty("org.sqlite.lib.name", name);
      System.setProperty("org.sqlite.tmpdir", dir.toString());
    } catch (IOException | RuntimeException e) {
      // The driver's own extraction still works; only the tidiness is lost.
    }
  }

  /** The per-user cache folder: {@code SITREP_CACHE}, else the operating system's convention. */
  static Path cacheFolder(Map<String, String> env, String osName, Path home) {
    String override = env.get(CACHE_OVERRIDE);
    if (override != null && !override.isBlank()) {
      return Path.of(override).toAbsolutePath();
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String local = env.getOrDefault("LOCALAPPDATA", env.get("APPDATA"));
      return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
          .resolve("Sitrep")
          .resolve("cache");
    }
    if (os.contains("mac") || os.contains("darwin")) {
      return home.resolve("Library").resolve("Caches").resolve("Sitrep");
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : home.resolve(".cache");
    return base.resolve("sitrep");
  }

  /**
   * Copies the driver's library for this platform into {@code dir}, unless it is already there;
   * returns the file name. The name says the driver's version and the platform, so a start that
   * finds the file reads nothing else: no library read and hashed, no {@code uname} run by the
   * driver's platform probe (both were about a sixth of a headless start, issue 20). Written to a
   * private temporary file and moved into place, so a second process starting at the same moment
   * either finds the whole file or moves its own identical one over it.
   */
  static String extractOnce(Path dir) throws IOException {
    String name = cachedName();
    Path target = dir.resolve(name);
    if (Files.isRegularFile(target) && Files.size(target) > 0) {
      return name;
    }
    String resource =
        LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
    byte[] library;
    try (InputStream in = LibraryLoaderUtil.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no native SQLite library in the driver for " + resource);
      }
      library = in.readAllBytes();
    }
    PrivateFiles.createDirectory(dir);
    Path temp =
        PrivateFiles.posix(dir)
            ? Files.createTempFile(
                dir,
                ".lib-",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PrivateFiles.OWNER_ONLY_DIR))
            : Files.createTempFile(dir, ".lib-", ".tmp");
    try {
      Files.write(temp, library);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return name;
  }

  /**
   * The cached library's file name: the driver's release (a released jar never changes), the
   * operating system and the architecture, e.g. {@code
   * sqlitejdbc-3.54.1.0-linux-amd64-libsqlitejdbc.so}.
   */
  static String cachedName() {
    return "sqlitejdbc-"
        + SQLiteJDBCLoader.getVersion()
        + "-"
        + safe(System.getProperty("os.name"))
        + "-"
        + safe(System.getProperty("os.arch"))
        + "-"
        + LibraryLoaderUtil.getNativeLibName();
  }

  private static String safe(String part) {
    return part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.]", "");
  }

  private static Path userHome() {
    return Path.of(System.getProperty("user.home"));
  }
}
