package org.sitrep.model.backup;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.sitrep.model.ChangeRefusedException;

/**
 * How backups are taken and kept, from {@code backup.properties} beside the workspace (every key
 * optional): {@code every} (1h; 0 turns scheduled backups off), {@code keep.hourly} (24), {@code
 * keep.daily} (7), {@code keep.weekly} (12), {@code folder} (the local copies), {@code target} (a
 * sync target's name to copy each backup to), {@code rto.target} (15m) and {@code rpo.target} (2h)
 * for the drill.
 */
public record BackupSettings(
    Duration every,
    int keepHourly,
    int keepDaily,
    int keepWeekly,
    Optional<Path> folder,
    Optional<String> target,
    Duration rtoTarget,
    Duration rpoTarget) {

  public static final String FILE = "backup.properties";

  public static BackupSettings defaults() {
    return new BackupSettings(
        Duration.ofHours(1),
        24,
        7,
        12,
        Optional.empty(),
        Optional.empty(),
        Duration.ofMinutes(15),
        Duration.ofHours(2));
  }

  /** Reads {@code backup.properties} in {@code dataDir}; defaults when there is none. */
  public static BackupSettings read(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.exists(file)) {
      return defaults();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    } catch (IOException e) {
      throw new ChangeRefusedException("cannot read " + file + ": " + e.getMessage());
    }
    BackupSettings d = defaults();
    return new BackupSettings(
        duration(p, "every", d.every(), file),
        count(p, "keep.hourly", d.keepHourly(), file),
        count(p, "keep.daily", d.keepDaily(), file),
        count(p, "keep.weekly", d.keepWeekly(), file),
        Optional.ofNullable(p.getProperty("folder")).map(String::strip).map(Path::of),
        Optional.ofNullable(p.getProperty("target")).map(String::strip),
        duration(p, "rto.target", d.rtoTarget(), file),
        duration(p, "rpo.target", d.rpoTarget(), file));
  }

  /** The local folder: {@code folder}, else {@code backups} beside the workspace. */
  public Path folderIn(Path dataDir) {
    return folder.orElse(BackupService.defaultFolder(dataDir));
  }

  /** {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}; {@code 0} for none. */
  static Duration duration(Properties p, String key, Duration fallback, Path file) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    String t = v.strip();
    try {
      if (t.equals("0")) {
        return Duration.ZERO;
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      switch (t.charAt(t.length() - 1)) {
        case 's':
          return Duration.ofSeconds(n);
        case 'm':
          return Duration.ofMinutes(n);
        case 'h':
          return Duration.ofHours(n);
        case 'd':
          return Duration.ofDays(n);
        default:
          break;
      }
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      // reported below with the key and value
    }
    throw new ChangeRefusedException(
        file + ": " + key + " = " + t + " is not a duration (like 90s, 15m, 2h, 1d)");
  }

  private static int count(Properties p, String key, int fallback, Path file) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ChangeRefusedException(file + ": " + key + " = " + v.strip() + " is not a count");
  }
}
