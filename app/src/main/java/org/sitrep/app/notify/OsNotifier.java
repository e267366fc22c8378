package org.sitrep.app.notify;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.sitrep.model.notify.Alert;

/**
 * The desktop's own notifications through {@code notify-send} (libnotify: the freedesktop
 * notification service over D-Bus, on GNOME, KDE, Xfce and most others). Found on {@code PATH};
 * {@code -Dsitrep.notifier=COMMAND} names another (tests pass a fake that records its arguments).
 * macOS and Windows have no such command: there the window shows alerts itself.
 */
final class OsNotifier {

  static final String PROPERTY = "sitrep.notifier";
  private static final long LIMIT_SECONDS = 10;

  private final Path command;

  OsNotifier(Path command) {
    this.command = command;
  }

  /** {@code sitrep.notifier} if set, else {@code notify-send} on {@code PATH}, if any. */
  static Optional<OsNotifier> find() {
    String named = System.getProperty(PROPERTY);
    if (named != null && !named.isBlank()) {
      Path p = Path.of(named.strip());
      return Files.isExecutable(p) ? Optional.of(new OsNotifier(p)) : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, "notify-send");
      if (!dir.isBlank() && Files.isExecutable(p)) {
        return Optional.of(new OsNotifier(p));
      }
    }
    return Optional.empty();
  }

  /**
   * Shows {@code alert}; true when the command said it did (exit 0 within ten seconds). False when
   * there is no notification service to reach (no D-Bus session, say): the caller then shows it in
   * the window.
   */
  boolean show(Alert alert) {
    List<String> args = new ArrayList<>();
    args.add(command.toString());
    args.add("--app-name=Sitrep");
    args.add("--urgency=" + (alert.urgency() == Alert.Urgency.CRITICAL ? "critical" : "normal"));
    args.add("--");
    args.add(alert.title());
    args.add(alert.body());
    try {
      Process p =
          new ProcessBuilder(args)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  Path command() {
    return command;
  }
}
