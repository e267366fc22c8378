package org.sitrep.app.diag;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.sitrep.app.cli.SitrepCommand;
import picocli.CommandLine.Command;

/**
 * The text behind "copy diagnostics": what someone helping needs to see — versions, OS, paths and
 * the last lines of the log — redacted once more as a whole, since it is meant to be pasted into a
 * chat or a ticket.
 */
public final class Diagnostics {

  public static final int LOG_LINES = 60;

  private Diagnostics() {}

  /** The version line of {@code sitrep --version}, the one place it is written. */
  public static String sitrepVersion() {
    return SitrepCommand.class.getAnnotation(Command.class).version()[0];
  }

  public static String text(Path dataDir, String what, UnaryOperator<String> redact) {
    StringBuilder text = new StringBuilder();
    text.append(sitrepVersion())
        .append(System.getProperty("jpackage.app-version") != null ? " (installed package)" : "")
        .append('\n');
    line(text, "what happened", what);
    line(
        text,
        "java",
        System.getProperty("java.runtime.version")
            + " ("
            + System.getProperty("java.vendor")
            + "), "
            + System.getProperty("java.vm.name"));
    line(text, "javafx", String.valueOf(System.getProperty("javafx.runtime.version")));
    line(
        text,
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    line(text, "java home", System.getProperty("java.home"));
    line(text, "workspace", dataDir.toAbsolutePath().toString());
    line(text, "log file", DiagnosticLog.fileIn(dataDir).toAbsolutePath().toString());
    text.append("last log lines:\n");
    List<String> lines = DiagnosticLog.lastLines(dataDir, LOG_LINES);
    if (lines.isEmpty()) {
      text.append("  (none)\n");
    }
    for (String l : lines) {
      text.append("  ").append(l).append('\n');
    }
    return redact.apply(text.toString());
  }

  private static void line(StringBuilder text, String name, String value) {
    text.append(name).append(": ").append(value).append('\n');
  }
}
