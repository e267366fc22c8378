package org.sitrep.app.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * F1: every shortcut on one card. The list scrolls inside the card (Up/Down, Page Up/Down) when the
 * window is shorter than the sheet, a laptop's usually is; heading and Close stay in view.
 */
final class ShortcutSheet extends VBox {

  private final Button close = new Button("Close (Esc)");
  private final ScrollPane scroll;

  ShortcutSheet(Runnable onClose) {
    setId("shortcut-sheet");
    setSpacing(12);
    setPadding(new Insets(20));
    setPrefWidth(980);
    Label heading = new Label("Keyboard shortcuts");
    heading.getStyleClass().add("title-3");
    GridPane grid = new GridPane();
    grid.setHgap(24);
    grid.setVgap(6);
    ColumnConstraints keysColumn = new ColumnConstraints();
    keysColumn.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints doesColumn = new ColumnConstraints();
    doesColumn.setHgrow(Priority.ALWAYS);
    doesColumn.setMinWidth(0);
    grid.getColumnConstraints().addAll(keysColumn, doesColumn);
    int row = 0;
    for (Shortcuts.Shortcut s : Shortcuts.SHEET) {
      Label keys = new Label(s.keys());
      keys.getStyleClass().add("shortcut-keys");
      Label does = new Label(s.does());
      does.setWrapText(true);
      does.setMinHeight(Region.USE_PREF_SIZE);
      grid.addRow(row++, keys, does);
    }
    Label commands =
        new Label(
            "Entry line: /decision TEXT · /action TEXT · /comms TEXT · /status monitoring · /sev 1\n"
                + "/role ic Dana · /milestone mitigated 14:05 (UTC) or -15m · //text logs a note that starts with /\n"
                + "/page payments-escalation or /page Dana Okafor: a guided call list with a timer per level");
    commands.getStyleClass().add("incident-meta");
    commands.setWrapText(true);
    commands.setMinHeight(Region.USE_PREF_SIZE);
    VBox body = new VBox(12, grid, commands);
    body.setPadding(new Insets(0, 12, 0, 0)); // clear of the scroll bar
    scroll = new ScrollPane(body);
    scroll.setId("shortcut-scroll");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.getStyleClass().add("edge-to-edge");
    scroll.setMinHeight(120);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    close.setOnAction(e -> onClose.run());
    close.setMinWidth(Region.USE_PREF_SIZE);
    Label hint = new Label("Up/Down or Page Up/Down scroll");
    hint.getStyleClass().add("hint");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox foot = new HBox(12, hint, grow, close);
    foot.setAlignment(Pos.CENTER_LEFT);
    foot.setMinHeight(Region.USE_PREF_SIZE);
    heading.setMinHeight(Region.USE_PREF_SIZE);
    getChildren().addAll(heading, scroll, foot);
    // The focus sits on Close; the arrows still scroll the list.
    close.setOnKeyPressed(
        e -> {
          double page = scroll.getViewportBounds().getHeight();
          double content = body.getHeight() - page;
          if (content <= 0) {
            return;
          }
          double by =
              switch (e.getCode()) {
                case UP -> -40;
                case DOWN -> 40;
                case PAGE_UP -> -page;
                case PAGE_DOWN -> page;
                default -> 0;
              };
          if (by != 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + by / content)));
            e.consume();
          }
        });
  }

  Button closeButton() {
    return close;
  }

  ScrollPane scroll() {
    return scroll;
  }
}
