package org.sitrep.app.shell;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** F1: every shortcut on one card. */
final class ShortcutSheet extends VBox {

  private final Button close = new Button("Close (Esc)");

  ShortcutSheet(Runnable onClose) {
    setId("shortcut-sheet");
    setSpacing(12);
    setPadding(new Insets(20));
    Label heading = new Label("Keyboard shortcuts");
    heading.getStyleClass().add("title-3");
    GridPane grid = new GridPane();
    grid.setHgap(24);
    grid.setVgap(6);
    int row = 0;
    for (Shortcuts.Shortcut s : Shortcuts.SHEET) {
      Label keys = new Label(s.keys());
      keys.getStyleClass().add("shortcut-keys");
      grid.addRow(row++, keys, new Label(s.does()));
    }
    Label commands =
        new Label(
            "Entry line: /decision TEXT · /action TEXT · /comms TEXT · /status monitoring · /sev 1\n"
                + "/role ic Dana · /milestone mitigated 14:05 (UTC) or -15m · //text logs a note that starts with /\n"
                + "/page payments-escalation or /page Dana Okafor: a guided call list with a timer per level");
    commands.getStyleClass().add("incident-meta");
    close.setOnAction(e -> onClose.run());
    getChildren().addAll(heading, grid, commands, close);
  }

  Button closeButton() {
    return close;
  }
}
