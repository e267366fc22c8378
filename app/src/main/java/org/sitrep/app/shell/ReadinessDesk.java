package org.sitrep.app.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.app.readiness.ReadinessView;
import org.sitrep.app.readiness.ReadinessViewModel;

/**
 * The readiness view (Ctrl+Shift+R), shown in place of the timeline as the managers' view is: it is
 * a page to read and act on, not a short form. Esc goes back and the focus returns.
 */
final class ReadinessDesk {

  private final Session session;
  private final Tasks tasks;
  private final StackPane center;
  private final Overlay overlay;
  private final MainWindow window;

  ReadinessDesk(
      Session session, Tasks tasks, StackPane center, Overlay overlay, MainWindow window) {
    this.session = session;
    this.tasks = tasks;
    this.center = center;
    this.overlay = overlay;
    this.window = window;
  }

  /** Ctrl+Shift+R (listed with the others in {@link Shortcuts#SHEET}). */
  void install(javafx.scene.Scene scene) {
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(
                KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            () -> {
              if (!overlay.isShowing() && center.lookup("#readiness-view") == null) {
                show();
              }
            });
  }

  void show() {
    ReadinessViewModel model =
        new ReadinessViewModel(
            session.readiness(),
            session.restoreTests(),
            session.readinessReminders(),
            session.workspace().wallClock(),
            session.workspace().changes(),
            tasks,
            window::showFailure);
    FocusScope[] scope = new FocusScope[1];
    Runnable back =
        () -> {
          model.deactivate();
          window.showIncidentOrEmpty();
          scope[0].closed();
        };
    ReadinessView view = new ReadinessView(model, back);
    // Esc goes back from anywhere in the view, as in the managers' view.
    scope[0] = new FocusScope(view, false, () -> true, back);
    model.activate();
    model.refresh(
        () -> {
          scope[0].remember(center.getScene());
          center.getChildren().setAll(view);
          scope[0].open(view.importPath());
        });
  }
}
