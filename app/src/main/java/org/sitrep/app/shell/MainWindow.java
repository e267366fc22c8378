package org.sitrep.app.shell;

import java.time.Instant;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.app.incident.IncidentListView;
import org.sitrep.app.incident.IncidentListViewModel;
import org.sitrep.app.timeline.IncidentView;
import org.sitrep.app.timeline.IncidentViewModel;
import org.sitrep.app.timeline.QuickEntryViewModel;
import org.sitrep.model.incident.Incident;

/**
 * The main window: incident list on the left, the open incident on the right, a status bar at the
 * foot. Owns the keyboard shortcuts. What it shows follows the change feed (the list and the
 * timeline subscribe while the window is up); a one-second job on the domain scheduler only moves
 * the clocks shown (elapsed time, page and drill timers) and the vault's idle lock.
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
  private final IncidentDesk desk;
  private final StackPane center = new StackPane();
  private final Label emptyState = new Label();
  private final Overlay overlay = new Overlay();
  private final StatusBar statusBar;
  private final org.sitrep.app.delivery.DeliveryStatusViewModel deliveries;
  private final SyncDesk sync;
  private final DeliveryDesk deliveryDesk;
  private final org.sitrep.app.delivery.DeliveryIndicator deliveryIndicator;
  private final Forms forms;
  private final VaultGuard vaultGuard;
  private final PostmortemDesk postmortems;
  private final DrillDesk drills;
  private final CommsDesk comms;
  private final ReadinessDesk readiness;
  private org.sitrep.model.feed.Subscription clock;
  private boolean stopped;

  public MainWindow(
      Session session, Tasks tasks, Preferences preferences, Consumer<Boolean> applyTheme) {
    this.session = session;
    this.tasks = tasks;
    this.preferences = preferences;
    this.applyTheme = applyTheme;
    getStyleClass().add("main-window");
    sync = new SyncDesk(session, tasks, overlay, this);
    deliveries =
        new org.sitrep.app.delivery.DeliveryStatusViewModel(
            session.deliveries(), tasks, this::showFailure);
    deliveryIndicator = new org.sitrep.app.delivery.DeliveryIndicator(deliveries);
    deliveryDesk = new DeliveryDesk(session, tasks, overlay);
    javafx.scene.layout.HBox syncAndDeliveries =
        new javafx.scene.layout.HBox(16, sync.statusNode(), deliveryIndicator);
    syncAndDeliveries.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    statusBar = new StatusBar(session.workspace(), syncAndDeliveries);
    vaultGuard = new VaultGuard(session, tasks, this::status, this::showFailure);
    listModel = new IncidentListViewModel(session.board(), tasks, this::showFailure);
    incidentModel = new IncidentViewModel(session.board(), tasks, this::showFailure);
    entryModel =
        new QuickEntryViewModel(session.incidents(), session.workspace().wallClock(), tasks);
    listView = new IncidentListView(listModel, this::declare, this::open);
    desk =
        new IncidentDesk(
            session,
            tasks,
            incidentModel,
            entryModel,
            this::submitEntry,
            this::focusEntryLine,
            this::showFailure,
            this::status);
    incidentView = desk.view();
    forms =
        new Forms(
            this,
            session,
            tasks,
            overlay,
            listModel,
            listView,
            incidentModel,
            desk.checklistModel(),
            desk.checklistPanel());
    desk.checklistPanel().onFollowRunbook(forms::pickRunbook);

    comms = new CommsDesk(session, tasks, overlay, this, incidentModel, incidentView);
    drills = new DrillDesk(session, tasks, overlay, desk, incidentModel, listModel, this);
    postmortems =
        new PostmortemDesk(
            session, tasks, center, overlay, incidentModel, listModel, listView, this);
    readiness = new ReadinessDesk(session, tasks, center, overlay, this);
    emptyState.setText(
        "No incident open.\n\nCtrl+N  declare an incident\nCtrl+K  pick one from the list\nF1        all shortcuts");
    emptyState.getStyleClass().add("empty-state");
    emptyState.setId("empty-state");
    center.getChildren().add(emptyState);
    javafx.scene.control.SplitPane columns =
        Dividers.columns(listView, center, incidentView.besidePosition(), preferences);
    BorderPane layout = new BorderPane(columns);
    layout.setBottom(statusBar);
    getChildren().addAll(layout, overlay);
    // An overlay opened before anything had the focus (first start) hands it to the entry line.
    overlay.setFallbackFocus(this::focusEntryLine);
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
    postmortems.install(getScene());
    readiness.install(getScene());
    drills.install(getScene());
    sync.install(getScene());
    deliveryDesk.install(getScene(), deliveryIndicator);
    comms.install(getScene());
    vaultGuard.watch(
        stage,
        () -> {
          forms.vaultLocked();
          status("Vault locked");
        });
    OperatorPrompt.askIfNew(session, tasks, overlay, statusBar::showOperator, this::showFailure);
    statusBar.showOperator();
    session.interruptedNotice().ifPresent(this::status);
    session.onInterrupted(notice -> tasks.onUi(() -> status(notice)));
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
    listModel.activate();
    incidentModel.activate();
    sync.activate();
    deliveries.activate();
    desk.activate();
    drills.activate();
    comms.activate();
    clock =
        session
            .scheduler()
            .every("window clock", java.time.Duration.ofSeconds(1), now -> tasks.onUi(this::tick));
  }

  /** Releases the clock and every feed subscription: nothing touches the store after this. */
  public void stop() {
    stopped = true;
    if (clock != null) {
      clock.release();
    }
    listModel.deactivate();
    incidentModel.deactivate();
    sync.deactivate();
    deliveries.deactivate();
    desk.deactivate();
    drills.deactivate();
    comms.deactivate();
    preferences.flush(); // where the dividers were left
  }

  /** The forms and overlays the window opens (shortcuts call them directly). */
  Forms forms() {
    return forms;
  }

  void declare() {
    forms.declare();
  }

  /** Ctrl+Shift+L: lock the vault now. */
  void lockVault() {
    vaultGuard.lockNow();
  }

  void open(Incident incident) {
    open(incident, null);
  }

  /** Opens {@code incident}; with an entry id, shows that entry instead of the latest. */
  void open(Incident incident, String entryId) {
    // Always from the store: a restarted app shows each run exactly where it was left.
    desk.load(incident.id());
    drills.load(incident.id());
    comms.load(incident.id());
    incidentModel.open(
        incident.id(),
        () -> {
          center.getChildren().setAll(incidentView);
          if (entryId == null) {
            incidentView.scrollToLatest();
          } else {
            incidentView.reveal(entryId);
          }
          // A drill just started leaves its facilitator on the injects.
          if (!overlay.isShowing() && !drills.takeFocus()) {
            focusEntryLine();
          }
        });
  }

  /** Opens the incident a second launch asked for ({@code --open ID}), as at start. */
  public void openByReference(String reference) {
    listModel.refresh(
        () -> {
          java.util.Optional<Incident> wanted = listModel.findByReference(reference);
          if (wanted.isEmpty()) {
            status("No incident " + reference + " in this workspace");
            return;
          }
          listModel.reveal(wanted.get());
          selectAndOpen(wanted.get());
        });
  }

  /** Selects {@code incident} in the list and opens it (a drill just started). */
  void selectAndOpen(Incident incident) {
    listView.select(incident);
    open(incident);
  }

  /** Back from a postmortem or the managers' view to what was open before. */
  void showIncidentOrEmpty() {
    center.getChildren().setAll(incidentModel.incident().get() != null ? incidentView : emptyState);
    focusEntryLine(); // nothing to focus without an open incident
  }

  void focusChecklist() {
    desk.focusChecklist();
  }

  void openConsole() {
    desk.openConsole();
  }

  void stopCommand() {
    desk.stopCommand();
  }

  void copyCommand() {
    desk.copyCommand();
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
    listView.focusList();
  }

  /** Alt+Up / Alt+Down: the previous or next incident in the list, opened at once. */
  void switchIncident(int delta) {
    listView.step(delta).ifPresent(this::open);
  }

  void cycleFilter() {
    listModel.cycleFilter();
  }

  void toggleTheme() {
    boolean dark = !preferences.darkTheme();
    preferences.setDarkTheme(dark);
    applyTheme.accept(dark);
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

  void syncNow() {
    sync.syncNow();
  }

  private void tick() {
    if (stopped) {
      return; // a tick handed over just before the window stopped
    }
    vaultGuard.tick();
    sync.tick(Instant.now());
    desk.tick(Instant.now(), session.workspace().wallClock().instant());
    drills.tick(session.workspace().wallClock().instant());
    comms.tick(session.workspace().wallClock().instant());
  }

  void status(String message) {
    statusBar.show(message);
  }

  void showFailure(Throwable failure) {
    status("Problem: " + failure.getMessage());
  }
}
