package org.sitrep.app.drill;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

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
    // The theme's roomy cells hid the goals and earlier runs below the fold.
    lines.setFixedCellSize(26);
    lines.setCellFactory(v -> new LineCell());
    VBox.setVgrow(lines, Priority.ALWAYS);
    Label hint = new Label("Times are drill time: pauses left out, speed applied · Esc closes");
    hint.getStyleClass().add("hint");
    getChildren().addAll(badge, title, subtitle, lines, hint);
  }

  public ListView<ScorecardViewModel.Line> lines() {
    return lines;
  }

  private static final class LineCell extends ListCell<ScorecardViewModel.Line> {
    @Override
    protected void updateItem(ScorecardViewModel.Line line, boolean empty) {
      super.updateItem(line, empty);
      getStyleClass().removeAll("scorecard-heading", "scorecard-missed");
      if (empty || line == null) {
        setText(null);
        return;
      }
      if (line.heading()) {
        setText(line.name());
        getStyleClass().add("scorecard-heading");
      } else {
        setText(
            line.value().isEmpty()
                ? "   " + line.name()
                : String.format("   %-44s %s", line.name(), line.value()));
        if (line.missed()) {
          getStyleClass().add("scorecard-missed");
        }
      }
    }
  }
}
