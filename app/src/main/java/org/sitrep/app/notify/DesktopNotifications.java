package org.sitrep.app.notify;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.sitrep.model.notify.Alert;
import org.sitrep.model.notify.Notifications;

/**
 * The window's {@link Notifications}: while the window has the focus the alert is shown in it (the
 * responder is looking); in the background it goes to the desktop's notifications when there are
 * some, and falls back to the window when there are none or they fail. The desktop command runs on
 * {@code background}, never on the caller's thread; the in-window part is handed to {@code
 * inWindow}, which puts it on the FX thread.
 */
public final class DesktopNotifications implements Notifications {

  private final BooleanSupplier windowActive;
  private final Optional<OsNotifier> os;
  private final Consumer<Alert> inWindow;
  private final Executor background;

  DesktopNotifications(
      BooleanSupplier windowActive,
      Optional<OsNotifier> os,
      Consumer<Alert> inWindow,
      Executor background) {
    this.windowActive = windowActive;
    this.os = os;
    this.inWindow = inWindow;
    this.background = background;
  }

  /** With the desktop's {@code notify-send} when it is there. */
  public static DesktopNotifications forDesktop(
      BooleanSupplier windowActive, Consumer<Alert> inWindow, Executor background) {
    return new DesktopNotifications(windowActive, OsNotifier.find(), inWindow, background);
  }

  /** Whether alerts can reach the desktop at all (for the diagnostics and the status line). */
  public boolean reachesDesktop() {
    return os.isPresent();
  }

  @Override
  public void raise(Alert alert) {
    if (windowActive.getAsBoolean() || os.isEmpty()) {
      inWindow.accept(alert);
      return;
    }
    background.execute(
        () -> {
          if (!os.get().show(alert)) {
            inWindow.accept(alert);
          }
        });
  }
}
