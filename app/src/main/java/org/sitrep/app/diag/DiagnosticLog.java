package org.sitrep.app.diag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends this process's java.util.logging records (Sitrep's own, and SLF4J's and jOOQ's, which are
 * routed there) to the open workspace's {@link RotatingLogFile}. One workspace per process at a
 * time: installing for another replaces the previous file (tests open many).
 */
public final class DiagnosticLog {

  private static RotatingLogFile installed;

  private DiagnosticLog() {}

  /** {@code <data dir>/logs/sitrep.log}. */
  public static Path fileIn(Path dataDir) {
    return dataDir.resolve("logs").resolve("sitrep.log");
  }

  /** Starts logging INFO and above of this process into the workspace at {@code dataDir}. */
  public static synchronized RotatingLogFile install(Path dataDir, UnaryOperator<String> redact) {
    Logger root = Logger.getLogger("");
    if (installed != null) {
      root.removeHandler(installed);
    }
    // The file gets INFO (what the window did); the terminal keeps only warnings, as before.
    for (java.util.logging.Handler h : root.getHandlers()) {
      if (h instanceof java.util.logging.ConsoleHandler && h.getLevel().intValue() < 900) {
        h.setLevel(Level.WARNING);
      }
    }
    installed = new RotatingLogFile(fileIn(dataDir), redact);
    installed.setLevel(Level.INFO);
    root.addHandler(installed);
    return installed;
  }

  /** Stops writing to the file (the workspace is closing). */
  public static synchronized void uninstall(Path dataDir) {
    if (installed != null && installed.file().equals(fileIn(dataDir))) {
      Logger.getLogger("").removeHandler(installed);
      installed = null;
    }
  }

  /** The last {@code count} lines of the log, reading into the rotated file when needed. */
  public static List<String> lastLines(Path dataDir, int count) {
    Path file = fileIn(dataDir);
    List<String> lines = new ArrayList<>(read(file.resolveSibling(file.getFileName() + ".1")));
    lines.addAll(read(file));
    return lines.subList(Math.max(0, lines.size() - count), lines.size());
  }

  private static List<String> read(Path file) {
    try {
      return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      return List.of("(could not read " + file + ": " + e.getMessage() + ")");
    }
  }
}
