package org.sitrep.app.shell;

import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
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
import org.sitrep.app.timeline.IncidentViewModel;
import org.sitrep.app.vault.FxVaultPorts;
import org.sitrep.app.vault.VaultSettings;
import org.sitrep.app.vault.VaultView;
import org.sitrep.app.vault.VaultViewModel;
import org.sitrep.model.incident.Incident;

/**
 * The main window's overlay flows — declare, search every log, attach a runbook, the shortcut sheet
 * — each a card over the window that hands its result back to the window.
 */
final class Forms {

  private final MainWindow window;
  private final Session session;
  private final Tasks tasks;
  private final Overlay overlay;
  private final IncidentListViewModel listModel;
  private final IncidentListView listView;
  private final IncidentViewModel incidentModel;
  private final ChecklistViewModel checklistModel;
  private final ChecklistPanel checklistPanel;
  private VaultViewModel vaultModel;

  Forms(
      MainWindow window,
      Session session,
      Tasks tasks,
      Overlay overlay,
      IncidentListViewModel listModel,
      IncidentListView listView,
      IncidentViewModel incidentModel,
      ChecklistViewModel checklistModel,
      ChecklistPanel checklistPanel) {
    this.window = window;
    this.session = session;
    this.tasks = tasks;
    this.overlay = overlay;
    this.listModel = listModel;
    this.listView = listView;
    this.incidentModel = incidentModel;
    this.checklistModel = checklistModel;
    this.checklistPanel = checklistPanel;
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
              window.status("Declared " + incident.id() + ": " + incident.title());
              listModel.reveal(incident);
              listModel.refresh(
                  () -> {
                    listView.select(incident);
                    window.open(incident);
                  });
            },
            overlay::hide);
    overlay.show(form, form.titleField(), false, () -> {});
  }

  void searchLogs() {
    if (overlay.isShowing()) {
      return;
    }
    LogSearchViewModel model =
        new LogSearchViewModel(
            session.board(), session.workspace().wallClock(), tasks, window::showFailure);
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
                                window.open(incident, hit.entry().id());
                              }));
            });
    overlay.show(view, view.wordsField(), false, () -> {});
  }

  /** Ctrl+R: search the runbook library; Enter attaches the choice to the open incident. */
  void pickRunbook() {
    pickRunbook("");
  }

  /**
   * The runbook picker with {@code words} already typed: a {@code [[id]]} link followed from a step
   * lands here, with that runbook first and Enter to attach it.
   */
  void pickRunbook(String words) {
    Incident incident = incidentModel.incident().get();
    if (overlay.isShowing()) {
      return;
    }
    if (incident == null) {
      window.status("Open or declare an incident first: a runbook is attached to one");
      return;
    }
    RunbookPickerViewModel model =
        new RunbookPickerViewModel(
            session.runbooks(), session.workspace().wallClock(), tasks, window::showFailure);
    model.words().set(words);
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
                              window.status(
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
                        window.showFailure(failure);
                      }
                    }));
    overlay.show(view[0], view[0].wordsField(), false, () -> {});
  }

  /** Ctrl+P: find people by name, team, service or tag; who is on call now. */
  void people() {
    if (overlay.isShowing()) {
      return;
    }
    org.sitrep.app.contact.PeopleViewModel model =
        new org.sitrep.app.contact.PeopleViewModel(
            session.contacts(),
            session.onCall(),
            session.workspace().wallClock(),
            tasks,
            window::showFailure);
    org.sitrep.app.contact.PeopleView view =
        new org.sitrep.app.contact.PeopleView(
            model,
            redraw ->
                session
                    .scheduler()
                    .every(
                        "people card clock",
                        java.time.Duration.ofSeconds(30),
                        now -> tasks.onUi(redraw)));
    overlay.show(view, view.queryField(), false, () -> {});
  }

  void showShortcuts() {
    if (overlay.isShowing()) {
      return;
    }
    ShortcutSheet sheet = new ShortcutSheet(overlay::hide);
    overlay.show(sheet, sheet.closeButton(), false, () -> {});
  }

  /** Ctrl+Shift+V: the vault, audited on the open incident. */
  void vault() {
    if (overlay.isShowing()) {
      return;
    }
    VaultViewModel model =
        new VaultViewModel(
            session.vault(),
            tasks,
            FxVaultPorts.clipboard(),
            FxVaultPorts.timer(),
            VaultSettings.in(session.dataDir()),
            () -> incidentModel.incident().get(),
            window::showFailure);
    VaultView view = new VaultView(model, overlay::hide);
    vaultModel = model;
    overlay.show(
        view,
        view.firstField(),
        false,
        () -> {
          model.hide();
          vaultModel = null;
          // Reveals and break-glass openings wrote entries: show them.
          incidentModel.refresh(() -> {});
        });
  }

  /** The vault locked (shortcut, idle, minimise): whatever the vault view shows goes. */
  void vaultLocked() {
    if (vaultModel != null) {
      vaultModel.lockedNow();
    }
  }
}
