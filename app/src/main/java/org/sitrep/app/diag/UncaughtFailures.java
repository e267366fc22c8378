package org.sitrep.app.diag;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the window does with an exception nobody caught: the whole stack trace goes into the
 * workspace's log (redacted there), and the operator gets one short, redacted sentence saying what
 * failed and where the details are, through {@code tell} (the window shows it with "copy
 * diagnostics"). Nothing is swallowed silently and nothing exits: the incident log is already safe
 * on disk, and an operator mid-incident decides whether to restart.
 */
public final class UncaughtFailures implements Thread.UncaughtExceptionHandler {

  private static final Logger LOG = Logger.getLogger("org.sitrep.app.uncaught");

  private final Path dataDir;
  private final UnaryOperator<String> redact;
  private final Consumer<String> tell;

  public UncaughtFailures(Path dataDir, UnaryOperator<String> redact, Consumer<String> tell) {
    this.dataDir = dataDir;
    this.redact = redact;
    this.tell = tell;
  }

  @Override
  public void uncaughtException(Thread thread, Throwable failure) {
    LOG.log(Level.SEVERE, "uncaught in thread " + thread.getName(), failure);
    try {
      tell.accept(shortMessage(failure));
    } catch (RuntimeException e) {
      // Telling failed too (the window is gone): the log has it.
      LOG.log(Level.SEVERE, "could not show the failure", e);
    }
  }

  /** One sentence: the failure's kind and message (redacted), and where the details went. */
  public String shortMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String what =
        root.getClass().getSimpleName()
            + (root.getMessage() == null ? "" : ": " + abbreviate(root.getMessage()));
    return redact.apply(
        "Something went wrong ("
            + what
            + "). What you logged is saved; the details are in "
            + DiagnosticLog.fileIn(dataDir).toAbsolutePath()
            + ".");
  }

  private static String abbreviate(String message) {
    String firstLine = message.lines().findFirst().orElse("");
    return firstLine.length() > 160 ? firstLine.substring(0, 157) + "…" : firstLine;
  }
}
