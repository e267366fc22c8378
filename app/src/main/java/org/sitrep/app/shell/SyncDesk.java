package org.sitrep.app.shell;

import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.app.sync.ConflictsView;
import org.sitrep.app.sync.ConflictsViewModel;
import org.sitrep.app.sync.SyncIndicator;
import org.sitrep.app.sync.SyncStatusViewModel;
import org.sitrep.runbooks.library.ConflictSettlement;

/**
 * Sync in the window: the indicator in the status bar with "N conflicts to settle" beside it when
 * two laptops edited the same runbook text, the conflicts card (a click on that, or Ctrl+Shift+O),
 * and the sync itself on its own thread (every two minutes, Ctrl+Shift+Y).
 */
final class SyncDesk {

  private final Overlay overlay;
  private final MainWindow window;
  private final SyncStatusViewModel status;
  private final ConflictsViewModel conflicts;
  private final HBox statusNode;
  private final Session session;
  private org.sitrep.model.feed.Subscription watching;

  SyncDesk(Session session, Tasks tasks, Overlay overlay, MainWindow window) {
    this.overlay = overlay;
    this.window = window;
    this.session = session;
    status =
        new SyncStatusViewModel(session.sync(), new Tasks(Tasks.syncThread(), Platform::runLater));
    conflicts =
        new ConflictsViewModel(
            new ConflictSettlement(session.workspace(), session.runbooks()),
            tasks,
            window::showFailure);
    Hyperlink link = new Hyperlink();
    link.setId("conflicts-link");
    link.getStyleClass().add("conflicts-link");
    link.textProperty().bind(conflicts.countText());
    link.visibleProperty().bind(conflicts.count().greaterThan(0));
    link.managedProperty().bind(link.visibleProperty());
    link.setOnAction(e -> showConflicts());
    statusNode = new HBox(6, new SyncIndicator(status), link);
    statusNode.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    // Conflicts arrive with a sync (this window's, or the command line's on the same file).
    status
        .state()
        .addListener(
            (o, was, now) -> {
              if (watching != null) { // a sync that ends after the window closed reads nothing
                conflicts.refreshCount();
              }
            });
  }

  /** The indicator and the conflicts link, for the status bar. */
  Node statusNode() {
    return statusNode;
  }

  void install(Scene scene) {
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(
                KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            this::showConflicts);
    conflicts.refreshCount();
  }

  /** Counts conflicts again after every sync (this window's, or the CLI's on the same file). */
  void activate() {
    if (watching == null) {
      watching =
          session
              .workspace()
              .changes()
              .subscribe(
                  changes -> {
                    if (changes.origin() != org.sitrep.model.feed.Origin.LOCAL) {
                      Platform.runLater(conflicts::refreshCount);
                    }
                  });
    }
  }

  void deactivate() {
    if (watching != null) {
      watching.release();
      watching = null;
    }
  }

  void tick(Instant now) {
    status.tick(now);
  }

  void syncNow() {
    status.syncNow();
  }

  /** Ctrl+Shift+O: the conflicts card, the first conflict selected. */
  void showConflicts() {
    if (overlay.isShowing()) {
      return;
    }
    conflicts.refresh(
        () -> {
          if (overlay.isShowing()) {
            return;
          }
          ConflictsView view = new ConflictsView(conflicts, overlay::hide);
          overlay.show(view, view.conflictList(), false, () -> {});
          if (conflicts.count().get() == 0) {
            window.status("No sync conflicts to settle");
          }
        });
  }
}
