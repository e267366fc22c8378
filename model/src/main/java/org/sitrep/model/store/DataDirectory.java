package org.sitrep.model.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the workspace lives when nobody says otherwise: the operating system's per-user data
 * folder. {@code --data-dir} wins over {@code SITREP_HOME}, which wins over the default.
 */
public final class DataDirectory {

  public static final String ENV_OVERRIDE = "SITREP_HOME";

  private DataDirectory() {}

  public static Path resolve(
      Optional<Path> fromFlag, Map<String, String> env, String osName, Path home) {
    if (fromFlag.isPresent()) {
      return fromFlag.get().toAbsolutePath();
    }
    String override = env.get(ENV_OVERRIDE);
    if (override != null && !override.isBlank()) {
      return Path.of(override).toAbsolutePath();
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String local = env.getOrDefault("LOCALAPPDATA", env.get("APPDATA"));
      return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
          .resolve("Sitrep");
    }
    if (os.contains("mac") || os.contains("darwin")) {
      return home.resolve("Library").resolve("Application Support").resolve("Sitrep");
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : home.resolve(".local").resolve("share");
    return base.resolve("sitrep");
  }

  /** The folder for this process, from its flag, environment and operating system. */
  public static Path forThisProcess(Optional<Path> fromFlag) {
    return resolve(
        fromFlag,
        System.getenv(),
        System.getProperty("os.name"),
        Path.of(System.getProperty("user.home")));
  }
}
