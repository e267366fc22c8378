package org.sitrep.app.shell;

import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.app.incident.IncidentListView;
import org.sitrep.app.incident.IncidentListViewModel;
import org.sitrep.app.postmortem.PostmortemView;
import org.sitrep.app.postmortem.PostmortemViewModel;
import org.sitrep.app.report.ManagersView;
import org.sitrep.app.report.ManagersViewModel;
import org.sitrep.app.timeline.IncidentViewModel;
import org.sitrep.model.incident.Incident;

/**
 * The after-the-incident views, shown in place of the timeline: the open incident's postmortem
 * (Ctrl+Shift+P) and the managers' view across incidents (Ctrl+Shift+M). Esc goes back.
 */
final class PostmortemDesk {

  private final Session session;
  private final Tasks tasks;
  private final StackPane center;
  private final Overlay overlay;
  private final IncidentViewModel incidentModel;
  private final IncidentListViewModel listModel;
  private final IncidentListView listView;
  private final MainWindow window;

  PostmortemDesk(
      Session session,
      Tasks tasks,
      StackPane center,
      Overlay overlay,
      IncidentViewModel incidentModel,
      IncidentListViewModel listModel,
      IncidentListView listView,
      MainWindow window) {
    this.session = session;
    this.tasks = tasks;
    this.center = center;
    this.overlay = overlay;
    this.incidentModel = incidentModel;
    this.listModel = listModel;
    this.listView = listView;
    this.window = window;
  }

  /** Ctrl+Shift+P and Ctrl+Shift+M (listed with the others in {@link Shortcuts#SHEET}). */
  void install(javafx.scene.Scene scene) {
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(
                KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            () -> {
              if (!overlay.isShowing()) {
                postmortem();
              }
            });
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(
                KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            () -> {
              if (!overlay.isShowing()) {
                managers();
              }
            });
  }

  /** The open incident's postmortem, in the editor with its rendering beside it. */
  void postmortem() {
    Incident incident = incidentModel.incident().get();
    if (incident == null) {
      window.status("Open an incident first: a postmortem is about one");
      return;
    }
    show(incident);
  }

  private void show(Incident incident) {
    PostmortemViewModel model =
        new PostmortemViewModel(
            session.postmortems(),
            () -> session.workspace().device().operator().orElse(""),
            tasks,
            window::showFailure);
    Consumer<String> toEntry = entryId -> window.open(incident, entryId);
    FocusScope[] scope = new FocusScope[1];
    Runnable back =
        () -> {
          // Review steps write log entries: the timeline shows them on return.
          incidentModel.refresh(() -> {});
          window.showIncidentOrEmpty();
          scope[0].closed();
        };
    PostmortemView view =
        new PostmortemView(
            model, toEntry, link -> window.status("Links open outside Sitrep: " + link), back);
    scope[0] = new FocusScope(view, false, () -> true, back);
    model.openOrDraft(
        incident,
        () -> {
          scope[0].remember(center.getScene());
          center.getChildren().setAll(view);
          scope[0].open(view.editor());
        });
  }

  /** Postmortems by state, overdue reviews and action items, trends; Enter opens a postmortem. */
  void managers() {
    ManagersViewModel model =
        new ManagersViewModel(session.managersReport(), tasks, window::showFailure);
    ManagersView[] view = new ManagersView[1];
    FocusScope[] scope = new FocusScope[1];
    Runnable back =
        () -> {
          window.showIncidentOrEmpty();
          scope[0].closed();
        };
    view[0] =
        new ManagersView(
            model,
            incidentId ->
                listModel.refresh(
                    () ->
                        listModel
                            .find(incidentId)
                            .ifPresent(
                                i -> {
                                  listModel.reveal(i);
                                  listView.select(i);
                                  window.open(i, null);
                                  show(i);
                                })),
            back);
    // Esc goes back from anywhere in the view (its lists would otherwise swallow the key).
    scope[0] = new FocusScope(view[0], false, () -> true, back);
    model.load(
        () -> {
          scope[0].remember(center.getScene());
          center.getChildren().setAll(view[0]);
          scope[0].open(view[0].postmortemList());
          if (!view[0].postmortemList().getItems().isEmpty()) {
            view[0].postmortemList().getSelectionModel().select(0);
          }
        });
  }
}
