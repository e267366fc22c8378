package org.sitrep.app.shell;

import java.time.Instant;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.sitrep.app.Session;
import org.sitrep.app.declare.DeclareIncidentForm;
import org.sitrep.app.declare.DeclareIncidentViewModel;
import org.sitrep.app.incident.IncidentListView;
import org.sitrep.app.incident.IncidentListViewModel;
import org.sitrep.app.runbook.ChecklistPanel;
import org.sitrep.app.runbook.ChecklistViewModel;
import org.sitrep.app.runbook.RunbookPickerView;
import org.sitrep.app.runbook.RunbookPickerViewModel;
import org.sitrep.app.search.LogSearchView;
import org.sitrep.app.search.LogSearchViewModel;
import org.sitrep.app.timeline.IncidentView;
import org.sitrep.app.timeline.IncidentViewModel;
import org.sitrep.app.timeline.QuickEntryViewModel;
import org.sitrep.model.incident.Incident;

/**
 * The main window: incident list on the left, the open incident on the right, a status bar at the
 * foot. Owns the keyboard shortcuts and the one-second tick (elapsed time, new entries from other
 * processes writing the same workspace).
 */
public final class MainWindow extends StackPane {

  private final Session session;
  private final Tasks tasks;
  private final Preferences preferences;
  private final Consumer<Boolean> applyTheme;
  private final IncidentListViewModel listModel;
  private final IncidentViewModel incidentModel;
  private final QuickEntryViewModel entryModel;
  private final IncidentListView listView;
  private final IncidentView incidentView;
  private final ChecklistViewModel checklistModel;
  private final ChecklistPanel checklistPanel;
  private final StackPane center = new StackPane();
  private final Label emptyState = new Label();
  private final Label statusMessage = new Label();
  private final Label operator = new Label();
  private final Overlay overlay = new Overlay();
  private int ticks;
  private Timeline tick;

  public MainWindow(
      Session session, Tasks tasks, Preferences preferences, Consumer<Boolean> applyTheme) {
    this.session = session;
    this.tasks = tasks;
    this.preferences = preferences;
    this.applyTheme = applyTheme;
    getStyleClass().add("main-window");
    listModel = new IncidentListViewModel(session.workspace(), tasks, this::showFailure);
    incidentModel = new IncidentViewModel(session.workspace(), tasks, this::showFailure);
    entryModel =
        new QuickEntryViewModel(session.incidents(), session.workspace().wallClock(), tasks);
    listView = new IncidentListView(listModel, this::declare, this::open);
    incidentView = new IncidentView(incidentModel, entryModel, this::submitEntry);
    checklistModel =
        new ChecklistViewModel(
            session.checklists(), tasks, this::showFailure, () -> incidentModel.refresh(() -> {}));
    checklistPanel = new ChecklistPanel(checklistModel);
    // Beside the timeline, only while the incident has a checklist: the log stays the main thing.
    checklistPanel
        .visibleProperty()
        .bind(javafx.beans.binding.Bindings.isNotEmpty(checklistModel.runs()));
    checklistPanel.managedProperty().bind(checklistPanel.visibleProperty());
    incidentView.setRight(checklistPanel);

    emptyState.setText(
        "No incident open.\n\nCtrl+N  declare an incident\nCtrl+K  pick one from the list\nF1        all shortcuts");
    emptyState.getStyleClass().add("empty-state");
    emptyState.setId("empty-state");
    center.getChildren().add(emptyState);
    // A fixed list column: a split pane let the window squeeze it until the filters were cut off.
    BorderPane layout = new BorderPane(center);
    layout.setLeft(listView);
    layout.setBottom(statusBar());
    getChildren().addAll(layout, overlay);
  }

  /** Called once the window is showing: first-run questions, data, shortcuts and the tick. */
  public void start(Stage stage) {
    start(stage, java.util.Optional.empty());
  }

  /**
   * As {@link #start(Stage)}, opening {@code incident} (an id or a unique part of one) instead of
   * the newest.
   */
  public void start(Stage stage, java.util.Optional<String> incident) {
    Shortcuts.install(getScene(), this);
    if (session.workspace().device().operator().isEmpty()) {
      OperatorPrompt prompt =
          new OperatorPrompt(
              name ->
                  tasks.run(
                      () -> {
                        session.workspace().setOperator(name);
                        return name;
                      },
                      saved -> {
                        showOperator();
                        overlay.hide();
                      },
                      this::showFailure));
      overlay.show(prompt, prompt.field(), true, () -> {});
    }
    showOperator();
    listModel.refresh(
        () -> {
          java.util.Optional<Incident> wanted = incident.flatMap(listModel::findByReference);
          if (incident.isPresent() && wanted.isEmpty()) {
            status("No incident " + incident.get() + " in this workspace");
          }
          java.util.Optional<Incident> first =
              wanted.or(() -> listModel.incidents().stream().findFirst());
          first.ifPresent(
              i -> {
                listModel.reveal(i);
                listView.select(i);
                open(i);
              });
        });
    tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    tick.setCycleCount(Timeline.INDEFINITE);
    tick.play();
  }

  /** Stops the tick; the window must not touch the store after its session closes. */
  public void stop() {
    if (tick != null) {
      tick.stop();
    }
  }

  void declare() {
    if (overlay.isShowing()) {
      return;
    }
    DeclareIncidentViewModel model = new DeclareIncidentViewModel(session.incidents(), tasks);
    DeclareIncidentForm form =
        new DeclareIncidentForm(
            model,
            incident -> {
              overlay.hide();
              status("Declared " + incident.id() + ": " + incident.title());
              listModel.reveal(incident);
              listModel.refresh(
                  () -> {
                    listView.select(incident);
                    open(incident);
                  });
            },
            overlay::hide);
    overlay.show(form, form.titleField(), false, this::focusEntryLine);
  }

  void open(Incident incident) {
    open(incident, null);
  }

  /** Opens {@code incident}; with an entry id, shows that entry instead of the latest. */
  private void open(Incident incident, String entryId) {
    // Always from the store: a restarted app shows each run exactly where it was left.
    checklistModel.load(incident.id(), checklistPanel::revealNext);
    incidentModel.open(
        incident.id(),
        () -> {
          center.getChildren().setAll(incidentView);
          if (entryId == null) {
            incidentView.scrollToLatest();
          } else {
            incidentView.reveal(entryId);
          }
          if (!overlay.isShowing()) {
            focusEntryLine();
          }
        });
  }

  void searchLogs() {
    if (overlay.isShowing()) {
      return;
    }
    LogSearchViewModel model =
        new LogSearchViewModel(
            session.workspace(), session.workspace().wallClock(), tasks, this::showFailure);
    LogSearchView view =
        new LogSearchView(
            model,
            hit -> {
              overlay.hide();
              listModel.refresh(
                  () ->
                      listModel
                          .find(hit.entry().incidentId())
                          .ifPresent(
                              incident -> {
                                listModel.reveal(incident);
                                listView.select(incident);
                                open(incident, hit.entry().id());
                              }));
            });
    overlay.show(view, view.wordsField(), false, () -> {});
  }

  /** Ctrl+R: search the runbook library; Enter attaches the choice to the open incident. */
  void pickRunbook() {
    Incident incident = incidentModel.incident().get();
    if (overlay.isShowing()) {
      return;
    }
    if (incident == null) {
      status("Open or declare an incident first: a runbook is attached to one");
      return;
    }
    RunbookPickerViewModel model =
        new RunbookPickerViewModel(
            session.workspace(), session.workspace().wallClock(), tasks, this::showFailure);
    RunbookPickerView[] view = new RunbookPickerView[1];
    view[0] =
        new RunbookPickerView(
            model,
            incident.id() + " · " + incident.title(),
            hit ->
                tasks.run(
                    () -> session.checklists().attach(incident.id(), hit.runbook().runbookId()),
                    started ->
                        checklistModel.load(
                            incident.id(),
                            () -> {
                              checklistModel.runs().stream()
                                  .filter(c -> c.run().id().equals(started.run().id()))
                                  .findFirst()
                                  .ifPresent(checklistModel::show);
                              overlay.hide();
                              status(
                                  "Attached "
                                      + started.runbook().title()
                                      + " (v"
                                      + started.run().versionNo()
                                      + ")");
                              incidentModel.refresh(() -> {});
                              checklistPanel.revealNext();
                              checklistPanel.steps().requestFocus();
                            }),
                    failure -> {
                      if (failure instanceof org.sitrep.model.ChangeRefusedException
                          || failure instanceof org.sitrep.model.NotFoundException) {
                        view[0].refused(failure.getMessage());
                      } else {
                        showFailure(failure);
                      }
                    }));
    overlay.show(view[0], view[0].wordsField(), false, () -> {});
  }

  /** Ctrl+J: to the checklist, on the next open step. */
  void focusChecklist() {
    if (checklistPanel.isVisible()) {
      checklistPanel.focusSteps();
    } else if (incidentModel.incident().get() != null) {
      status("No checklist on this incident: Ctrl+R attaches a runbook");
    }
  }

  /** Ctrl+Shift+C: copy the selected step's command (else the next step's) from anywhere. */
  void copyCommand() {
    if (checklistPanel.isVisible()) {
      checklistPanel.copySelectedOrNext();
    }
  }

  void focusEntryLine() {
    if (incidentModel.incident().get() != null) {
      incidentView.entryField().requestFocus();
      incidentView.entryField().end();
    }
  }

  /** "/" typed outside a text field: jump to the entry line with the slash already there. */
  void startCommand() {
    if (incidentModel.incident().get() != null) {
      entryModel.text().set("/");
      focusEntryLine();
    }
  }

  void focusFilter() {
    if (incidentModel.incident().get() != null) {
      incidentView.filterField().requestFocus();
    }
  }

  void focusIncidentList() {
    listView.list().requestFocus();
    if (listView.list().getSelectionModel().isEmpty() && !listView.list().getItems().isEmpty()) {
      listView.list().getSelectionModel().select(0);
    }
  }

  /** Alt+Up / Alt+Down: the previous or next incident in the list, opened at once. */
  void switchIncident(int delta) {
    var items = listView.list().getItems();
    if (items.isEmpty()) {
      return;
    }
    int at = listView.list().getSelectionModel().getSelectedIndex();
    int next = Math.floorMod((at < 0 ? 0 : at + delta), items.size());
    listView.list().getSelectionModel().select(next);
    listView.list().scrollTo(next);
    open(items.get(next));
  }

  void cycleFilter() {
    var values = IncidentListViewModel.Filter.values();
    listModel.filter().set(values[(listModel.filter().get().ordinal() + 1) % values.length]);
  }

  void toggleTheme() {
    boolean dark = !preferences.darkTheme();
    preferences.setDarkTheme(dark);
    applyTheme.accept(dark);
  }

  void showShortcuts() {
    if (overlay.isShowing()) {
      return;
    }
    ShortcutSheet sheet = new ShortcutSheet(overlay::hide);
    overlay.show(sheet, sheet.closeButton(), false, this::focusEntryLine);
  }

  private void showOperator() {
    operator.setText("Operator: " + session.workspace().device().operator().orElse("(not set)"));
  }

  private void submitEntry() {
    Incident incident = incidentModel.incident().get();
    if (incident == null) {
      return;
    }
    entryModel.submit(
        incident.id(),
        entry ->
            incidentModel.refresh(
                () -> listModel.refresh(() -> listView.select(incidentModel.incident().get()))));
  }

  private void tick() {
    incidentView.tick(Instant.now());
    if (++ticks % 2 == 0) {
      incidentModel.refresh(() -> {});
    }
  }

  private HBox statusBar() {
    Label workspace = new Label(session.workspace().file().toString());
    workspace.getStyleClass().add("status-path");
    Label device = new Label("Device " + session.workspace().device().label());
    Label offline = new Label("● local workspace — works offline");
    offline.getStyleClass().add("status-offline");
    statusMessage.setId("status-message");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label help = new Label("F1 shortcuts");
    HBox bar = new HBox(16, offline, operator, device, statusMessage, spacer, workspace, help);
    bar.getStyleClass().add("status-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 12, 4, 12));
    return bar;
  }

  private void status(String message) {
    statusMessage.setText(message);
  }

  private void showFailure(Throwable failure) {
    status("Problem: " + failure.getMessage());
  }
}
