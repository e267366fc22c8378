package org.sitrep.app.shell;

import java.time.Instant;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.app.comms.ComposerView;
import org.sitrep.app.comms.ComposerViewModel;
import org.sitrep.app.comms.NextUpdateBar;
import org.sitrep.app.comms.NextUpdateViewModel;
import org.sitrep.app.timeline.IncidentView;
import org.sitrep.app.timeline.IncidentViewModel;
import org.sitrep.model.incident.Incident;

/**
 * Stakeholder updates in the window (issue 17): the line under the incident's header saying who
 * owes the next update and when (red, with the reminder, once overdue; a desktop notification when
 * the reminder arrives), and the composer card — Ctrl+U anywhere, or U on the timeline.
 */
final class CommsDesk {

  private final Session session;
  private final Tasks tasks;
  private final Overlay overlay;
  private final MainWindow window;
  private final IncidentViewModel incidentModel;
  private final NextUpdateViewModel nextUpdate;

  CommsDesk(
      Session session,
      Tasks tasks,
      Overlay overlay,
      MainWindow window,
      IncidentViewModel incidentModel,
      IncidentView incidentView) {
    this.session = session;
    this.tasks = tasks;
    this.overlay = overlay;
    this.window = window;
    this.incidentModel = incidentModel;
    nextUpdate =
        new NextUpdateViewModel(
            session.comms(),
            session.updateReminders(),
            session.workspace().changes(),
            session.workspace().wallClock(),
            tasks,
            window::showFailure,
            this::reminded);
    incidentView.setUnderHeader(new NextUpdateBar(nextUpdate, this::compose));
    // U on the timeline, on the typed character so no "u" reaches the field focused next.
    incidentView
        .timeline()
        .addEventHandler(
            KeyEvent.KEY_TYPED,
            e -> {
              if ("u".equalsIgnoreCase(e.getCharacter()) && !e.isShortcutDown()) {
                compose();
                e.consume();
              }
            });
  }

  void install(Scene scene) {
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN), this::compose);
  }

  void load(String incidentId) {
    nextUpdate.load(incidentId);
  }

  void activate() {
    nextUpdate.activate();
  }

  void deactivate() {
    nextUpdate.deactivate();
  }

  /** Moves the countdown by the workspace's clock (the one the reminders run on). */
  void tick(Instant storeNow) {
    nextUpdate.tick(storeNow);
  }

  private void reminded(String text) {
    // The desktop notification comes from LogAlerts, which raises one for every
    // comms.update-due entry through the session's notifications (one path for all reminders).
    window.status(text);
  }

  /** Ctrl+U: the composer for the open incident, filled from its template. */
  void compose() {
    Incident incident = incidentModel.incident().get();
    if (overlay.isShowing()) {
      return;
    }
    if (incident == null) {
      window.status("Open or declare an incident first: an update is about one");
      return;
    }
    ComposerViewModel model =
        new ComposerViewModel(
            session.comms(), tasks, session.workspace().wallClock(), window::showFailure);
    ComposerView view =
        new ComposerView(
            model,
            incident.id() + " · " + incident.title(),
            sent -> {
              overlay.hide();
              window.status(
                  "Sent to "
                      + sent.audience().label()
                      + " ("
                      + sent.templateId()
                      + " v"
                      + sent.templateVersion()
                      + ")");
              incidentModel.refresh(() -> {});
            },
            overlay::hide);
    overlay.show(view, view.textField(), false, () -> {});
    model.open(incident, nextUpdate.lastAudience(), () -> view.textField().positionCaret(0));
  }
}
