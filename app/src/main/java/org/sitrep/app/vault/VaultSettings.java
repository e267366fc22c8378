package org.sitrep.app.vault;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * How the window guards the vault, from {@code vault.properties} next to the workspace (all
 * optional): {@code idle-minutes} (5), {@code lock-on-minimise} (true), {@code clipboard-seconds}
 * (30), {@code reveal-seconds} (20).
 */
public record VaultSettings(
    Duration idle, boolean lockOnMinimise, Duration clipboard, Duration reveal) {

  public static final VaultSettings DEFAULTS =
      new VaultSettings(
          Duration.ofMinutes(5), true, Duration.ofSeconds(30), Duration.ofSeconds(20));

  public static VaultSettings in(Path dataDir) {
    Path file = dataDir.resolve("vault.properties");
    if (!Files.exists(file)) {
      return DEFAULTS;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      return DEFAULTS;
    }
    return new VaultSettings(
        Duration.ofMinutes(number(p, "idle-minutes", 5)),
        !"false".equalsIgnoreCase(p.getProperty("lock-on-minimise", "true").strip()),
        Duration.ofSeconds(number(p, "clipboard-seconds", 30)),
        Duration.ofSeconds(number(p, "reveal-seconds", 20)));
  }

  private static long number(Properties p, String key, long fallback) {
    try {
      long v = Long.parseLong(p.getProperty(key, "").strip());
      return v > 0 ? v : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
