package org.sitrep.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;

/** The desktop window. The workspace is opened in {@link #init}, off the FX thread. */
public final class SitrepApp extends Application {

  private Session session;
  private ExecutorService storeThread;
  private Preferences preferences;
  private MainWindow window;
  private Stage stage;
  private org.sitrep.app.notify.WindowAlerts alerts;

  public static void launchWith(String[] args) {
    Application.launch(SitrepApp.class, args);
  }

  @Override
  public void init() {
    List<String> raw = getParameters().getRaw();
    session = Session.open(option(raw, "--data-dir").map(Path::of));
    session.permissionNotice().ifPresent(n -> System.err.println("sitrep: " + n));
    session.identify(option(raw, "--as"));
    session.markInterruptedCommands().forEach(n -> System.err.println("sitrep: " + n));
    preferences = Preferences.in(session.dataDir());
    storeThread = Tasks.storeThread();
  }

  @Override
  public void start(Stage stage) {
    new CrashDialog(session.dataDir(), session.workspace().redactor()::redact).install();
    java.util.logging.Logger.getLogger("org.sitrep.app")
        .info(
            org.sitrep.app.diag.Diagnostics.sitrepVersion()
                + ": window opening on "
                + session.dataDir()
                + " (Java "
                + System.getProperty("java.runtime.version")
                + ", "
                + System.getProperty("os.name")
                + ")");
    applyTheme(preferences.darkTheme());
    Tasks tasks = new Tasks(storeThread, Platform::runLater);
    window = new MainWindow(session, tasks, preferences, this::applyTheme);
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    WindowSize size =
        WindowSize.initial(
            screen.getWidth(),
            screen.getHeight(),
            preferences.number(WindowSize.WIDTH_KEY, Double.NaN),
            preferences.number(WindowSize.HEIGHT_KEY, Double.NaN));
    Scene scene = new Scene(window, size.width(), size.height());
    scene
        .getStylesheets()
        .add(SitrepApp.class.getResource("/org/sitrep/app/sitrep.css").toExternalForm());
    stage.setScene(scene);
    stage.setTitle("Sitrep — " + session.dataDir());
    stage.setMinWidth(Math.min(WindowSize.MIN_WIDTH, screen.getWidth()));
    stage.setMinHeight(Math.min(WindowSize.MIN_HEIGHT, screen.getHeight()));
    stage.setMaximized(preferences.number(WindowSize.MAXIMIZED_KEY, 0) > 0);
    this.stage = stage;
    stage.getIcons().setAll(WindowIcon.images());
    stage.show();
    // Page timers, drill injects and due updates reach the desktop while the window is behind.
    alerts = org.sitrep.app.notify.WindowAlerts.install(stage, session);
    window.start(stage, option(getParameters().getRaw(), "--open"));
    // A second launch on this workspace brings this window forward, on the incident it asked for.
    org.sitrep.app.instance.SingleWindow.current()
        .ifPresent(
            single ->
                single.serve(
                    open ->
                        Platform.runLater(
                            () -> {
                              stage.setIconified(false);
                              stage.toFront();
                              open.ifPresent(window::openByReference);
                            })));
    if (Boolean.getBoolean(org.sitrep.app.AotTraining.CLOSE_AFTER_PAINT)) {
      closeAfterPaint(scene);
    }
    session.scheduleDomainWork();
    session.scheduler().start(java.time.Duration.ofMillis(250));
  }

  @Override
  public void stop() {
    org.sitrep.app.instance.SingleWindow.current()
        .ifPresent(org.sitrep.app.instance.SingleWindow::close);
    if (stage != null && stage.getScene() != null) {
      // Remembered for this workspace: the next start opens the window as it was left.
      preferences.setNumber(WindowSize.MAXIMIZED_KEY, stage.isMaximized() ? 1 : 0);
      if (!stage.isMaximized()) {
        preferences.setNumber(WindowSize.WIDTH_KEY, stage.getScene().getWidth());
        preferences.setNumber(WindowSize.HEIGHT_KEY, stage.getScene().getHeight());
      }
    }
    if (alerts != null) {
      alerts.close();
    }
    if (window != null) {
      window.stop();
    }
    storeThread.shutdown();
    session.close();
  }

  /**
   * The AOT training run (packaging) closes the window once it has painted and the incident's
   * timeline, read off the FX thread, has had time to arrive: a few seconds, not a condition,
   * because nothing waits on this but the packaging script.
   */
  private static void closeAfterPaint(Scene scene) {
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          javafx.animation.PauseTransition settle =
              new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
          settle.setOnFinished(e -> Platform.exit());
          settle.play();
        };
    scene.addPostLayoutPulseListener(once[0]);
  }

  private void applyTheme(boolean dark) {
    Application.setUserAgentStylesheet(
        dark
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }

  static Optional<String> option(List<String> raw, String name) {
    for (int i = 0; i < raw.size(); i++) {
      String arg = raw.get(i);
      if (arg.startsWith(name + "=")) {
        return Optional.of(arg.substring(name.length() + 1));
      }
      if (arg.equals(name) && i + 1 < raw.size()) {
        return Optional.of(raw.get(i + 1));
      }
    }
    return Optional.empty();
  }
}
