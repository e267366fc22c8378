package org.sitrep.app.drill;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitrep.app.common.WrappedRows;

/** A drill's scorecard in a card over the window: headings and figures, Esc closes it. */
public final class ScorecardView extends VBox {

  private final ListView<ScorecardViewModel.Line> lines = new ListView<>();

  public ScorecardView(ScorecardViewModel model) {
    setId("scorecard");
    getStyleClass().add("scorecard");
    setSpacing(6);
    setPadding(new Insets(16));
    setPrefWidth(760);
    Label badge = new Label("DRILL");
    badge.getStyleClass().add("drill-panel-badge");
    Label title = new Label();
    title.setId("scorecard-title");
    title.getStyleClass().add("title-3");
    title.textProperty().bind(model.title());
    Label subtitle = new Label();
    subtitle.getStyleClass().add("incident-meta");
    subtitle.textProperty().bind(model.subtitle());
    lines.setId("scorecard-lines");
    lines.setItems(model.lines());
    lines.setPrefHeight(520);
    // Cells as tall as their wrapped text: a fixed height cut long goals and injects short.
    lines.setCellFactory(v -> new LineCell());
    VBox.setVgrow(lines, Priority.ALWAYS);
    Label hint = new Label("Times are drill time: pauses left out, speed applied · Esc closes");
    hint.getStyleClass().add("hint");
    getChildren().addAll(badge, title, subtitle, lines, hint);
  }

  public ListView<ScorecardViewModel.Line> lines() {
    return lines;
  }

  /**
   * A heading, or a figure's name and value side by side; both wrap to the card's width (a long
   * goal or inject once ran off the right edge behind a sideways scroll bar).
   */
  private static final class LineCell extends ListCell<ScorecardViewModel.Line> {
    private static final double NAME_WIDTH = 330;
    private static final double GAP = 12;
    private static final double INDENT = 18;
    private final Label name = new Label();
    private final Label value = new Label();
    private final HBox row = new HBox(GAP, name, value);

    LineCell() {
      setPrefWidth(0);
      for (Label l : new Label[] {name, value}) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
      }
      name.setMinWidth(NAME_WIDTH);
      name.setPrefWidth(NAME_WIDTH);
      name.setMaxWidth(NAME_WIDTH);
      value.setMinWidth(0);
      value.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(value, Priority.ALWAYS);
      row.setMinWidth(0);
      row.setPadding(new Insets(0, 0, 0, INDENT));
    }

    @Override
    protected double computePrefHeight(double width) {
      ScorecardViewModel.Line line = getItem();
      if (isEmpty() || line == null) {
        return super.computePrefHeight(width);
      }
      double w = WrappedRows.contentWidth(this, width);
      double h =
          line.heading()
              ? name.prefHeight(w)
              : Math.max(
                  name.prefHeight(NAME_WIDTH), value.prefHeight(w - INDENT - NAME_WIDTH - GAP));
      return WrappedRows.withInsets(this, h);
    }

    @Override
    protected void updateItem(ScorecardViewModel.Line line, boolean empty) {
      super.updateItem(line, empty);
      getStyleClass().removeAll("scorecard-heading", "scorecard-missed");
      setText(null);
      if (empty || line == null) {
        setGraphic(null);
        return;
      }
      name.setText(line.name());
      if (line.heading()) {
        name.setMinWidth(0);
        name.setPrefWidth(Region.USE_COMPUTED_SIZE);
        name.setMaxWidth(Double.MAX_VALUE);
        setGraphic(name);
        getStyleClass().add("scorecard-heading");
      } else {
        name.setMinWidth(NAME_WIDTH);
        name.setPrefWidth(NAME_WIDTH);
        name.setMaxWidth(NAME_WIDTH);
        value.setText(line.value());
        row.getChildren().setAll(name, value);
        setGraphic(row);
        if (line.missed()) {
          getStyleClass().add("scorecard-missed");
        }
      }
    }
  }
}
