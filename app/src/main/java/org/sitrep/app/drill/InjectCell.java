package org.sitrep.app.drill;

import javafx.scene.control.ListCell;

/** One inject in the facilitator's list: when, where it stands, what kind, and its first line. */
final class InjectCell extends ListCell<InjectRow> {
  // Wrapped to the list's width; the selected inject is shown whole under the list.
  InjectCell() {
    setWrapText(true);
    setPrefWidth(0);
  }

  @Override
  protected void updateItem(InjectRow row, boolean empty) {
    super.updateItem(row, empty);
    getStyleClass().removeAll("inject-due", "inject-settled");
    if (empty || row == null) {
      setText(null);
      return;
    }
    setText(
        String.format(
            "%-9s %-12s %s%n%s · %s",
            row.when(), row.state(), row.kind(), row.injectId(), row.label()));
    if (row.due()) {
      getStyleClass().add("inject-due");
    } else if (!row.pending()) {
      getStyleClass().add("inject-settled");
    }
  }
}
