package org.sitrep.app.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A desktop notification beside the in-window one, for a reminder that must reach a communicator
 * looking at another window: {@code notify-send} where the desktop has it, else the freedesktop
 * notification service over {@code gdbus}. Best effort on its own daemon thread: a desktop without
 * either (or no session bus, as under test) just gets the in-window reminder. JavaFX has no
 * notifications of its own and AWT's tray would start a second toolkit.
 */
final class DesktopNotice {

  private static final Logger LOG = Logger.getLogger(DesktopNotice.class.getName());

  private DesktopNotice() {}

  static void show(String title, String body) {
    Optional<List<String>> command = command(title, body);
    if (command.isEmpty()) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              try {
                Process p =
                    new ProcessBuilder(command.get())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                  p.destroyForcibly();
                }
              } catch (java.io.IOException e) {
                LOG.log(Level.FINE, "no desktop notification: " + e.getMessage());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "sitrep-notice");
    t.setDaemon(true);
    t.start();
  }

  static Optional<List<String>> command(String title, String body) {
    if (onPath("notify-send")) {
      return Optional.of(List.of("notify-send", "--app-name=Sitrep", title, body));
    }
    if (onPath("gdbus") && System.getenv("DBUS_SESSION_BUS_ADDRESS") != null) {
      return Optional.of(
          List.of(
              "gdbus",
              "call",
              "--session",
              "--dest=org.freedesktop.Notifications",
              "--object-path=/org/freedesktop/Notifications",
              "--method=org.freedesktop.Notifications.Notify",
              "Sitrep",
              "0",
              "",
              title,
              body,
              "[]",
              "{}",
              "10000"));
    }
    return Optional.empty();
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
