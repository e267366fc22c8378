package org.sitrep.app.drill;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import org.sitrep.app.common.WrappedRows;

/** One inject in the facilitator's list: when, where it stands, what kind, and its first line. */
final class InjectCell extends ListCell<InjectRow> {

  // A wrapping label as the graphic, as the timeline's cells do: a cell's own wrapped text was
  // measured one line high and cut short at the right of a laptop-sized panel.
  private final Label text = new Label();

  InjectCell() {
    setPrefWidth(0);
    text.setWrapText(true);
    text.setMinHeight(Region.USE_PREF_SIZE);
    text.setMaxWidth(Double.MAX_VALUE);
    text.getStyleClass().add("inject-text");
  }

  @Override
  protected double computePrefHeight(double width) {
    return WrappedRows.graphicHeight(this, width, super.computePrefHeight(width));
  }

  @Override
  protected void updateItem(InjectRow row, boolean empty) {
    super.updateItem(row, empty);
    getStyleClass().removeAll("inject-due", "inject-settled");
    setText(null);
    if (empty || row == null) {
      setGraphic(null);
      return;
    }
    text.setText(
        String.format(
            "%-9s %-12s %s%n%s · %s",
            row.when(), row.state(), row.kind(), row.injectId(), row.label()));
    setGraphic(text);
    if (row.due()) {
      getStyleClass().add("inject-due");
    } else if (!row.pending()) {
      getStyleClass().add("inject-settled");
    }
  }
}
