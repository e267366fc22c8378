package org.sitrep.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.notify.Alert;

/**
 * The desktop path through a fake {@code notify-send} (a script that records its arguments and
 * exits as told): in the background the desktop gets the alert, in front the window does, and a
 * desktop that cannot show it (no notification service) hands it back to the window.
 */
class DesktopNotificationsTest {

  @TempDir Path dir;
  private final List<Alert> inWindow = new ArrayList<>();
  private final AtomicBoolean focused = new AtomicBoolean(false);
  private final Alert page =
      new Alert(
          "Page not answered: Checkout API 502s",
          "Sam Lee did not answer within 5 min; call Ana Ruiz",
          Alert.Urgency.CRITICAL,
          Optional.of("inc-1"));

  @Test
  void inTheBackgroundTheDesktopShowsItWithTitleBodyAndUrgency() throws Exception {
    Path record = dir.resolve("args");
    DesktopNotifications n = notifications(fakeNotifier(record, 0));
    n.raise(page);
    assertThat(Files.readAllLines(record))
        .containsExactly(
            "--app-name=Sitrep",
            "--urgency=critical",
            "--",
            "Page not answered: Checkout API 502s",
            "Sam Lee did not answer within 5 min; call Ana Ruiz");
    assertThat(inWindow).isEmpty();
    assertThat(n.reachesDesktop()).isTrue();
  }

  @Test
  void withTheWindowInFrontTheWindowShowsItAndTheDesktopIsLeftAlone() throws Exception {
    Path record = dir.resolve("args");
    DesktopNotifications n = notifications(fakeNotifier(record, 0));
    focused.set(true);
    n.raise(page);
    assertThat(inWindow).containsExactly(page);
    assertThat(record).doesNotExist();
  }

  @Test
  void aDesktopThatCannotShowItHandsItBackToTheWindow() throws Exception {
    Path record = dir.resolve("args");
    DesktopNotifications n = notifications(fakeNotifier(record, 1));
    n.raise(page);
    assertThat(record).as("it was tried").exists();
    assertThat(inWindow).containsExactly(page);
  }

  @Test
  void withNoDesktopNotificationsAtAllTheWindowShowsIt() {
    DesktopNotifications n =
        new DesktopNotifications(focused::get, Optional.empty(), inWindow::add, Runnable::run);
    n.raise(page);
    assertThat(inWindow).containsExactly(page);
    assertThat(n.reachesDesktop()).isFalse();
  }

  @Test
  void aNamedNotifierThatIsNotThereMeansNone() {
    String before = System.getProperty(OsNotifier.PROPERTY);
    try {
      System.setProperty(OsNotifier.PROPERTY, dir.resolve("no-such-notifier").toString());
      assertThat(OsNotifier.find()).isEmpty();
    } finally {
      if (before == null) {
        System.clearProperty(OsNotifier.PROPERTY);
      } else {
        System.setProperty(OsNotifier.PROPERTY, before);
      }
    }
  }

  private DesktopNotifications notifications(Path notifier) {
    return new DesktopNotifications(
        focused::get, Optional.of(new OsNotifier(notifier)), inWindow::add, Runnable::run);
  }

  /** A notify-send stand-in: writes each argument on a line of {@code record}, exits {@code rc}. */
  private Path fakeNotifier(Path record, int rc) throws Exception {
    Path script = dir.resolve("notify-send");
    Files.writeString(
        script,
        "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '"
            + record
            + "'; done\nexit "
            + rc
            + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }
}
