package org.sitrep.app.shell;

import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.app.console.Console;
import org.sitrep.app.console.RunningCommands;
import org.sitrep.app.page.PagePanel;
import org.sitrep.app.page.PageViewModel;
import org.sitrep.app.runbook.ChecklistPanel;
import org.sitrep.app.runbook.ChecklistViewModel;
import org.sitrep.app.timeline.IncidentView;
import org.sitrep.app.timeline.IncidentViewModel;
import org.sitrep.app.timeline.QuickEntryViewModel;

/**
 * Everything shown for the open incident, wired together: the timeline with its entry line, the
 * command console under it, and beside it the call list (while paging) above the checklist.
 */
final class IncidentDesk {

  private final IncidentViewModel incidentModel;
  private final IncidentView view;
  private final Console console;
  private final ChecklistViewModel checklistModel;
  private final ChecklistPanel checklistPanel;
  private final PageViewModel pageModel;
  private final Consumer<String> status;
  private final VBox right;

  IncidentDesk(
      Session session,
      Tasks tasks,
      IncidentViewModel incidentModel,
      QuickEntryViewModel entryModel,
      Runnable submitEntry,
      Runnable focusEntryLine,
      Consumer<Throwable> onFailure,
      Consumer<String> status) {
    this.incidentModel = incidentModel;
    this.status = status;
    Runnable refresh = () -> incidentModel.refresh(() -> {});
    RunningCommands running = new RunningCommands();
    view =
        new IncidentView(
            incidentModel, entryModel, submitEntry, running::isRunning, running.intents());
    console =
        new Console(
            session, running, () -> incidentModel.incident().get().id(), refresh, focusEntryLine);
    view.setConsole(console.panel());

    checklistModel = new ChecklistViewModel(session.checklists(), tasks, onFailure, refresh);
    checklistPanel = new ChecklistPanel(checklistModel);
    checklistPanel.onRunCommand(
        (command, source) -> {
          console.openWith(command, source);
          status.accept(
              "Choose where to run it, then Enter: the command and its result are logged");
        });
    // Beside the timeline, only while the incident has a checklist: the log stays the main thing.
    checklistPanel.visibleProperty().bind(Bindings.isNotEmpty(checklistModel.runs()));
    checklistPanel.managedProperty().bind(checklistPanel.visibleProperty());

    pageModel =
        new PageViewModel(
            session.escalation(),
            session.workspace().changes(),
            session.workspace().wallClock(),
            tasks,
            onFailure,
            refresh);
    entryModel.setPager(
        (incidentId, target) -> session.escalation().start(incidentId, target).entry());
    PagePanel pagePanel = new PagePanel(pageModel);
    pagePanel.visibleProperty().bind(pageModel.showing());
    pagePanel.managedProperty().bind(pagePanel.visibleProperty());
    // The call list sits above the checklist: while someone is being paged, that comes first.
    right = new VBox(pagePanel, checklistPanel);
    VBox.setVgrow(checklistPanel, Priority.ALWAYS);
    view.setBeside(right);
  }

  /** Puts {@code panel} at the top of the column beside the timeline (the facilitator's view). */
  void addBeside(javafx.scene.Node panel) {
    right.getChildren().add(0, panel);
  }

  IncidentView view() {
    return view;
  }

  ChecklistViewModel checklistModel() {
    return checklistModel;
  }

  ChecklistPanel checklistPanel() {
    return checklistPanel;
  }

  /** Always from the store: a restarted app shows each run and page exactly where it was left. */
  void load(String incidentId) {
    checklistModel.load(incidentId, checklistPanel::revealNext);
    pageModel.load(incidentId);
  }

  /** While the window shows: the call list follows the change feed. */
  void activate() {
    pageModel.activate();
  }

  void deactivate() {
    pageModel.deactivate();
  }

  /** Moves the clocks shown; reads nothing from the store (the feed brings changes). */
  void tick(Instant now, Instant storeNow) {
    view.tick(now);
    pageModel.tick(storeNow);
  }

  /** Ctrl+J: to the checklist, on the next open step. */
  void focusChecklist() {
    if (checklistPanel.isVisible()) {
      checklistPanel.focusSteps();
    } else if (incidentModel.incident().get() != null) {
      status.accept("No checklist on this incident: Ctrl+R attaches a runbook");
    }
  }

  /** Ctrl+E: the command console for the open incident. */
  void openConsole() {
    if (incidentModel.incident().get() != null) {
      console.open();
    }
  }

  /** Ctrl+Shift+X: stop the command running in the console. */
  void stopCommand() {
    console.stop();
  }

  /** Ctrl+Shift+C: copy the selected step's command (else the next step's) from anywhere. */
  void copyCommand() {
    if (checklistPanel.isVisible()) {
      checklistPanel.copySelectedOrNext();
    }
  }
}
