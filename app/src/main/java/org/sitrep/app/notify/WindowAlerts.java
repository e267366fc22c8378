package org.sitrep.app.notify;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.sitrep.app.Session;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.notify.LogAlerts;

/**
 * Wires alerts for the open window: the desktop's notifications while it is in the background, a
 * popup in it otherwise; the log's alerting entries raised on their own ({@link LogAlerts}); and
 * {@link Session#notifications()} set, so any feature can raise its own.
 */
public final class WindowAlerts implements AutoCloseable {

  private final Subscription watch;
  private final ExecutorService notifier;
  private final Session session;

  private WindowAlerts(Subscription watch, ExecutorService notifier, Session session) {
    this.watch = watch;
    this.notifier = notifier;
    this.session = session;
  }

  /** Call on the FX thread once the stage is shown. */
  public static WindowAlerts install(Stage stage, Session session) {
    return install(stage, session, OsNotifier.find());
  }

  /** As above, the window only (no desktop notifications): for tests and screenshots. */
  public static WindowAlerts installInWindowOnly(Stage stage, Session session) {
    return install(stage, session, Optional.empty());
  }

  private static WindowAlerts install(Stage stage, Session session, Optional<OsNotifier> os) {
    // Read from the notifier's threads: a plain mirror of the FX property.
    AtomicBoolean focused = new AtomicBoolean(stage.isFocused());
    stage.focusedProperty().addListener((o, was, now) -> focused.set(now));
    AlertPopup popup = new AlertPopup(stage);
    ExecutorService notifier =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "sitrep-notifier");
              t.setDaemon(true);
              return t;
            });
    DesktopNotifications notifications =
        new DesktopNotifications(focused::get, os, popup::show, notifier);
    session.setNotifications(notifications);
    Subscription watch = new LogAlerts(session.workspace(), notifications).watch();
    return new WindowAlerts(watch, notifier, session);
  }

  @Override
  public void close() {
    watch.close();
    session.setNotifications(org.sitrep.model.notify.Notifications.NONE);
    notifier.shutdownNow();
  }
}
