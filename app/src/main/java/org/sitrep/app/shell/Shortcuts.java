package org.sitrep.app.shell;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Every keyboard shortcut of the main window, in one place, with the words the sheet shows. */
final class Shortcuts {

  record Shortcut(String keys, String does) {}

  static final List<Shortcut> SHEET =
      List.of(
          new Shortcut("Ctrl+N", "Declare a new incident"),
          new Shortcut("Ctrl+L  or  /", "Go to the entry line (/ starts a command)"),
          new Shortcut("Enter", "Log the line: a note, or a /command"),
          new Shortcut("Tab  ·  Up/Down", "Complete a /command  ·  choose a suggestion"),
          new Shortcut("Esc", "Clear the entry line"),
          new Shortcut("Ctrl+F", "Filter the timeline"),
          new Shortcut("Ctrl+Shift+F", "Search every incident's log (newest first, with filters)"),
          new Shortcut(
              "E  (on a timeline entry)",
              "Correct it: the original stays, the correction shows beside it"),
          new Shortcut(
              "Ctrl+U  or  U (on the timeline)",
              "Stakeholder update: template, wording checks, preview, Ctrl+Enter sends"),
          new Shortcut("Ctrl+R", "Attach a runbook: search the library, Enter attaches"),
          new Shortcut(
              "K  (on an inject in the timeline)",
              "Drill: acknowledge the inject (counted on the scorecard)"),
          new Shortcut("Ctrl+J", "Go to the checklist (on the next open step)"),
          new Shortcut("Up/Down  ·  Space", "Checklist: move between steps  ·  done / undone"),
          new Shortcut("S  ·  N  ·  A", "Checklist: skip (with a reason)  ·  note  ·  assign"),
          new Shortcut("C  or  Ctrl+Shift+C", "Copy the step's command (variables filled)"),
          new Shortcut("R", "Checklist: send the step's command to the console to run"),
          new Shortcut("Ctrl+E", "Command console: run on a host or this laptop, logged"),
          new Shortcut("Ctrl+Shift+X", "Stop the command running in the console"),
          new Shortcut("Ctrl+P", "People: find by name, team, service or tag · again: on call now"),
          new Shortcut("Ctrl+K", "Go to the incident list (arrows, Enter opens)"),
          new Shortcut("Alt+Up / Alt+Down", "Previous / next incident"),
          new Shortcut("Ctrl+Shift+A", "Cycle list: active, resolved, drills, all"),
          new Shortcut("Ctrl+Shift+D", "Light / dark theme (remembered)"),
          new Shortcut(
              "Ctrl+Shift+V", "Vault: find a credential, reveal / copy (logged), break glass"),
          new Shortcut("Ctrl+Shift+L", "Lock the vault now"),
          new Shortcut("Ctrl+Shift+Y", "Sync with the team now (status at the foot of the window)"),
          new Shortcut(
              "Ctrl+Shift+O",
              "Sync conflicts: two laptops' versions side by side · N next difference · U use the other · K keep the shown"),
          new Shortcut(
              "Ctrl+Shift+T",
              "Deliveries: the outbox (R retry now · Delete cancel) and targets (war room, Jira, status page, webhook)"),
          new Shortcut(
              "Ctrl+Shift+P",
              "Postmortem of the open incident: edit, regenerate, review (Ctrl+S saves, Esc back)"),
          new Shortcut(
              "Ctrl+Shift+M", "Managers' view: postmortems by state, overdue items, trends"),
          new Shortcut(
              "Ctrl+Shift+R",
              "Readiness: every service's lines, reminders, import services, restore tests"),
          new Shortcut("Ctrl+Shift+G", "Start a DRILL from a starter scenario or a scenario file"),
          new Shortcut(
              "Ctrl+G", "Drill facilitator: clock, upcoming injects, controls (again: hide)"),
          new Shortcut(
              "Enter · D · S · K",
              "Facilitator: release · delay 2 min · skip · mark acknowledged the selected inject"),
          new Shortcut(
              "Space · 1 2 5 0 · O · E E · C",
              "Facilitator: pause/resume · speed 1× 2× 5× 10× · pull/restore the plug · end · scorecard"),
          new Shortcut("F1", "This sheet"));

  private Shortcuts() {}

  static void install(Scene scene, MainWindow window) {
    var accelerators = scene.getAccelerators();
    accelerators.put(
        new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), window::declare);
    accelerators.put(
        new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), window::focusEntryLine);
    accelerators.put(
        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), window::focusFilter);
    accelerators.put(
        new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), window::focusIncidentList);
    accelerators.put(
        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        window.forms()::searchLogs);
    accelerators.put(
        new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN),
        () -> window.switchIncident(-1));
    accelerators.put(
        new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN),
        () -> window.switchIncident(1));
    accelerators.put(
        new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        window::cycleFilter);
    accelerators.put(
        new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        window::toggleTheme);
    accelerators.put(
        new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
        window.forms()::pickRunbook);
    accelerators.put(
        new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN),
        window.incidentDesk()::focusChecklist);
    accelerators.put(
        new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        window.incidentDesk()::copyCommand);
    accelerators.put(
        new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
        window.incidentDesk()::openConsole);
    accelerators.put(
        new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        window.incidentDesk()::stopCommand);
    accelerators.put(
        new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        window.forms()::vault);
    accelerators.put(
        new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        window::lockVault);
    accelerators.put(
        new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), window.forms()::people);
    accelerators.put(
        new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        window.desks().sync::syncNow);
    accelerators.put(new KeyCodeCombination(KeyCode.F1), window.forms()::showShortcuts);
    // Ctrl+G and Ctrl+Shift+G (drills) are installed by DrillDesk, Ctrl+Shift+O (sync conflicts)
    // by SyncDesk, listed above.
    // "/" anywhere but a text field starts a command on the entry line.
    scene.addEventFilter(
        KeyEvent.KEY_TYPED,
        e -> {
          if ("/".equals(e.getCharacter())
              && !(scene.getFocusOwner() instanceof TextInputControl)) {
            window.startCommand();
            e.consume();
          }
        });
  }

  /** What the centre shows with no incident open: the three keys that get a commander going. */
  static javafx.scene.control.Label emptyState() {
    javafx.scene.control.Label label =
        new javafx.scene.control.Label(
            "No incident open.\n\nCtrl+N  declare an incident\nCtrl+K  pick one from the list\nF1"
                + "        all shortcuts");
    label.getStyleClass().add("empty-state");
    label.setId("empty-state");
    return label;
  }
}
