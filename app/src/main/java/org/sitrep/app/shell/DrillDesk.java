package org.sitrep.app.shell;

import java.time.Instant;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.app.drill.DrillFacilitatorPanel;
import org.sitrep.app.drill.DrillFacilitatorViewModel;
import org.sitrep.app.drill.DrillStartForm;
import org.sitrep.app.drill.DrillStartViewModel;
import org.sitrep.app.drill.ScorecardView;
import org.sitrep.app.drill.ScorecardViewModel;
import org.sitrep.app.incident.IncidentListViewModel;
import org.sitrep.app.timeline.IncidentViewModel;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;

/**
 * Drills in the window: Ctrl+Shift+G starts one from a scenario, Ctrl+G shows the facilitator's
 * panel beside the timeline and focuses its injects (again, from there: hides it), the scorecard
 * opens over the window. The window's tick moves the drill clock through here; the panel reads the
 * store when the change feed says the drill changed, or when an inject has come due.
 */
final class DrillDesk {

  private final Session session;
  private final Tasks tasks;
  private final Overlay overlay;
  private final IncidentViewModel incidentModel;
  private final IncidentListViewModel listModel;
  private final MainWindow window;
  private final DrillFacilitatorViewModel model;
  private final DrillFacilitatorPanel panel;
  // The game-master opens the panel; players on the same laptop need not see what is coming.
  private boolean wanted;
  // A drill just started from the window: its facilitator goes straight to the injects.
  private boolean focusOnShow;

  DrillDesk(
      Session session,
      Tasks tasks,
      Overlay overlay,
      IncidentDesk desk,
      IncidentViewModel incidentModel,
      IncidentListViewModel listModel,
      MainWindow window) {
    this.session = session;
    this.tasks = tasks;
    this.overlay = overlay;
    this.incidentModel = incidentModel;
    this.listModel = listModel;
    this.window = window;
    model =
        new DrillFacilitatorViewModel(
            session.drills(),
            session.workspace().changes(),
            session.workspace().wallClock(),
            tasks,
            window::showFailure,
            () -> incidentModel.refresh(() -> {}));
    panel = new DrillFacilitatorPanel(model, this::scorecard, this::scorecard);
    panel.setVisible(false);
    panel.managedProperty().bind(panel.visibleProperty());
    model.isDrill().addListener((o, was, is) -> showPanel());
    desk.addBeside(panel);
    // The players see the outcome too when the panel is hidden.
    model
        .message()
        .addListener(
            (o, was, is) -> {
              if (!is.isEmpty()) {
                window.status(is);
              }
            });
    acknowledgeFromTimeline(desk.view().timeline());
  }

  /**
   * K on an inject's entry in the timeline: the players acknowledge it (the scorecard counts it).
   */
  private void acknowledgeFromTimeline(javafx.scene.control.ListView<LogEntry> timeline) {
    timeline.addEventHandler(
        KeyEvent.KEY_TYPED,
        e -> {
          LogEntry selected = timeline.getSelectionModel().getSelectedItem();
          if ("k".equalsIgnoreCase(e.getCharacter())
              && selected != null
              && !e.isShortcutDown()
              && selected.event() == EventCode.DRILL_INJECT_RELEASED) {
            model.acknowledgeEntry(selected.id());
            e.consume();
          }
        });
  }

  void install(Scene scene) {
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN), this::facilitate);
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(
                KeyCode.G, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            this::startDrill);
  }

  void load(String incidentId) {
    model.load(incidentId);
  }

  /** While the window shows: the facilitator's panel follows the change feed. */
  void activate() {
    model.activate();
  }

  void deactivate() {
    model.deactivate();
  }

  /**
   * The facilitator's clock, redrawn from the drill already read; injects of every running drill
   * are released by the scheduler, the open one's on the second.
   */
  void tick(Instant storeNow) {
    model.tick(storeNow);
  }

  /** Ctrl+G: the facilitator's panel for the open drill, or back to the entry line. */
  void facilitate() {
    if (overlay.isShowing()) {
      return;
    }
    if (!model.isDrill().get()) {
      window.status(
          incidentModel.incident().get() == null
              ? "No drill open: Ctrl+Shift+G starts one from a scenario"
              : "This incident is not a drill from a scenario: Ctrl+Shift+G starts one");
      return;
    }
    if (wanted && panel.isVisible() && panel.injectsFocused()) {
      wanted = false;
      showPanel();
      window.focusEntryLine();
      return;
    }
    wanted = true;
    showPanel();
    panel.focusInjects();
  }

  /**
   * Called when an incident has opened: true when the facilitator's injects have the focus (a drill
   * just started goes straight there), so the window leaves the entry line alone.
   */
  boolean takeFocus() {
    if (!panel.isVisible()) {
      return false;
    }
    if (focusOnShow) {
      focusOnShow = false;
      focusInjectsWhenShown();
      return true;
    }
    return panel.injectsFocused();
  }

  private void showPanel() {
    panel.setVisible(wanted && model.isDrill().get());
    if (panel.isVisible() && focusOnShow) {
      focusOnShow = false;
      focusInjectsWhenShown();
    }
  }

  /**
   * Only once the panel is in the window can its list take the focus: the column beside the
   * timeline joins its split pane when something in it shows, and the timeline may join the window
   * later still. Until then, the request waits for the panel's scene.
   */
  private void focusInjectsWhenShown() {
    if (panel.getScene() != null) {
      panel.focusInjects();
      return;
    }
    panel
        .sceneProperty()
        .addListener(
            new javafx.beans.value.ChangeListener<Scene>() {
              @Override
              public void changed(
                  javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                  o.removeListener(this);
                  javafx.application.Platform.runLater(
                      () -> {
                        if (panel.isVisible() && !overlay.isShowing()) {
                          panel.focusInjects();
                        }
                      });
                }
              }
            });
  }

  /** Ctrl+Shift+G: choose a scenario and start a drill on it. */
  void startDrill() {
    if (overlay.isShowing()) {
      return;
    }
    DrillStartViewModel start =
        new DrillStartViewModel(session.scenarios(), session.drills(), tasks);
    DrillStartForm form = new DrillStartForm(start, this::started);
    overlay.show(form, form.starters(), false, () -> {});
  }

  private void started(Drill drill) {
    overlay.hide();
    wanted = true;
    focusOnShow = true;
    window.status(
        "DRILL started: " + drill.scenarioTitle() + " — Ctrl+G hides or shows the facilitator");
    listModel.refresh(
        () ->
            listModel
                .find(drill.incidentId())
                .ifPresent(
                    i -> {
                      listModel.reveal(i);
                      window.selectAndOpen(i);
                    }));
  }

  /** The scorecard of the open drill, over the window. */
  void scorecard() {
    model
        .incidentId()
        .ifPresentOrElse(
            id -> {
              ScorecardViewModel card =
                  new ScorecardViewModel(session.scorecards(), tasks, window::showFailure);
              ScorecardView view = new ScorecardView(card);
              // Closed, the focus goes back where it was (the injects, or the entry line).
              card.load(id, () -> overlay.show(view, view.lines(), false, () -> {}));
            },
            () -> window.status("No drill open: a scorecard is about one drill"));
  }
}
