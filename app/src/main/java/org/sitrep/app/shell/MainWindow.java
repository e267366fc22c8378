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
  private final Label emptyState = Shortcuts.emptyState();
  private final Overlay overlay = new Overlay();
  private final StatusBar statusBar;
  private final Forms forms;
  private final VaultGuard vaultGuard;
  private final Desks desks;
  private org.sitrep.model.feed.Subscription clock;
  private boolean stopped;

  public MainWindow(
      Session session, Tasks tasks, Preferences preferences, Consumer<Boolean> applyTheme) {
    this.session = session;
    this.tasks = tasks;
    this.preferences = preferences;
    this.applyTheme = applyTheme;
    getStyleClass().add("main-window");
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
    desks =
        new Desks(
            this,
            session,
            tasks,
            overlay,
            center,
            desk,
            incidentModel,
            incidentView,
            listModel,
            listView);
    statusBar = new StatusBar(session.workspace(), desks.statusNode());
    center.getChildren().add(emptyState);
    javafx.scene.control.SplitPane columns =
        Dividers.columns(listView, center, incidentView.besidePosition(), preferences);
    BorderPane layout = new BorderPane(columns);
    layout.setBottom(statusBar);
    getChildren().addAll(layout, overlay);
    // An overlay opened before anything had the focus (first start) hands it to the entry line.
    overlay.setFallbackFocus(this::focusEntryLine);
  }

  /**
   * Called once the window is showing: first-run questions, data, shortcuts and the tick; opens
   * {@code incident} (an id or a unique part of one), else the newest.
   */
  public void start(Stage stage, java.util.Optional<String> incident) {
    Shortcuts.install(getScene(), this);
    desks.install(getScene());
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
    openFirst(incident, true);
    listModel.activate();
    incidentModel.activate();
    desk.activate();
    desks.activate();
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
    desk.deactivate();
    desks.deactivate();
    preferences.flush(); // where the dividers were left
  }

  /** The desks around the incident (shortcuts call them directly). */
  Desks desks() {
    return desks;
  }

  /** The open incident's panels: checklist, console (shortcuts call them directly). */
  IncidentDesk incidentDesk() {
    return desk;
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
    desks.load(incident.id());
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
          if (!overlay.isShowing() && !desks.drills.takeFocus()) {
            focusEntryLine();
          }
        });
  }

  /** Opens the incident a second launch asked for ({@code --open ID}), as at start. */
  public void openByReference(String reference) {
    openFirst(java.util.Optional.of(reference), false);
  }

  /** The incident {@code reference} names, else (at start) the newest; says when none matches. */
  private void openFirst(java.util.Optional<String> reference, boolean newestOtherwise) {
    listModel.refresh(
        () -> {
          java.util.Optional<Incident> wanted = reference.flatMap(listModel::findByReference);
          reference
              .filter(r -> wanted.isEmpty())
              .ifPresent(r -> status("No incident " + r + " in this workspace"));
          wanted
              .or(() -> newestOtherwise ? listModel.incidents().stream().findFirst() : wanted)
              .ifPresent(
                  i -> {
                    listModel.reveal(i);
                    selectAndOpen(i);
                  });
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
    preferences.setDarkTheme(!preferences.darkTheme());
    applyTheme.accept(preferences.darkTheme());
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
    if (stopped) {
      return; // a tick handed over just before the window stopped
    }
    vaultGuard.tick();
    Instant storeNow = session.workspace().wallClock().instant();
    desk.tick(Instant.now(), storeNow);
    desks.tick(storeNow);
  }

  void status(String message) {
    statusBar.show(message);
  }

  void showFailure(Throwable failure) {
    status("Problem: " + failure.getMessage());
  }
}
