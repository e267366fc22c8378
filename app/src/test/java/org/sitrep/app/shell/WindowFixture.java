package org.sitrep.app.shell;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a real workspace in {@code dir}, wired as SitrepApp wires it. */
final class WindowFixture {

  final Session session;
  private final ExecutorService storeThread = Tasks.storeThread();
  private final MainWindow window;

  /** Call from a TestFX {@code @Start} method; {@code operator} empty means a new laptop. */
  WindowFixture(Stage stage, Path dir, Optional<String> operator) {
    this(stage, dir, operator, 1000, 900);
  }

  /** As above, the window {@code width}×{@code height} (a laptop's 1280×720, say). */
  WindowFixture(Stage stage, Path dir, Optional<String> operator, double width, double height) {
    this(stage, dir, operator, width, height, java.time.InstantSource.system());
  }

  /** As above, the workspace (and so the domain scheduler) on {@code clock}: a test moves time. */
  WindowFixture(
      Stage stage,
      Path dir,
      Optional<String> operator,
      double width,
      double height,
      java.time.InstantSource clock) {
    session = Session.open(Optional.of(dir), clock);
    operator.ifPresent(name -> session.workspace().setOperator(name));
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    window =
        new MainWindow(
            session, new Tasks(storeThread, Platform::runLater), Preferences.in(dir), dark -> {});
    Scene scene = new Scene(window, width, height);
    scene
        .getStylesheets()
        .add(MainWindow.class.getResource("/org/sitrep/app/sitrep.css").toExternalForm());
    stage.setScene(scene);
    stage.show();
    window.start(stage, Optional.empty());
    // As SitrepApp does: page timers, drill injects and other processes' commits on the clock.
    session.scheduleDomainWork();
    session.scheduler().start(java.time.Duration.ofMillis(250));
  }

  MainWindow window() {
    return window;
  }

  /** Call from {@code @AfterEach}: the window stops touching the store before it closes. */
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(window::stop).get();
    storeThread.shutdown();
    storeThread.awaitTermination(FxFlows.LIMIT_SECONDS, TimeUnit.SECONDS);
    session.close();
  }
}
