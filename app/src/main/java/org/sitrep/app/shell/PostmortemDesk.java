package org.sitrep.app.shell;

import java.util.function.Consumer;
import javafx.scene.layout.StackPane;
import org.sitrep.app.Session;
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

  /** What the desk needs of the window: open an incident (at an entry), say things, go back. */
  interface Window {
    void open(Incident incident, String entryId);

    void back();

    void status(String message);

    void showFailure(Throwable failure);
  }

  private final Session session;
  private final Tasks tasks;
  private final StackPane center;
  private final IncidentViewModel incidentModel;
  private final IncidentListViewModel listModel;
  private final Window window;

  PostmortemDesk(
      Session session,
      Tasks tasks,
      StackPane center,
      IncidentViewModel incidentModel,
      IncidentListViewModel listModel,
      Window window) {
    this.session = session;
    this.tasks = tasks;
    this.center = center;
    this.incidentModel = incidentModel;
    this.listModel = listModel;
    this.window = window;
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
    PostmortemView view =
        new PostmortemView(
            model,
            toEntry,
            link -> window.status("Links open outside Sitrep: " + link),
            () -> {
              // Review steps write log entries: the timeline shows them on return.
              incidentModel.refresh(() -> {});
              window.back();
            });
    model.open(
        incident,
        () -> {
          center.getChildren().setAll(view);
          view.editor().requestFocus();
        });
  }

  /** Postmortems by state, overdue reviews and action items, trends; Enter opens a postmortem. */
  void managers() {
    ManagersViewModel model =
        new ManagersViewModel(session.managersReport(), tasks, window::showFailure);
    ManagersView[] view = new ManagersView[1];
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
                                  window.open(i, null);
                                  show(i);
                                })),
            window::back);
    model.load(
        () -> {
          center.getChildren().setAll(view[0]);
          view[0].postmortemList().requestFocus();
          if (!view[0].postmortemList().getItems().isEmpty()) {
            view[0].postmortemList().getSelectionModel().select(0);
          }
        });
  }
}
