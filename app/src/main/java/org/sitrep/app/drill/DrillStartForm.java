package org.sitrep.app.drill;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitrep.model.drill.Drill;

/**
 * Ctrl+Shift+G: choose a starter scenario (or type a scenario file's path) and a speed; Enter
 * starts the drill, the window opens its incident.
 */
public final class DrillStartForm extends VBox {

  private final ListView<DrillStartViewModel.Starter> starters = new ListView<>();
  private final TextField file = new TextField();
  private final ComboBox<Integer> speed = new ComboBox<>();

  public DrillStartForm(DrillStartViewModel model, Consumer<Drill> started) {
    setId("drill-start");
    setSpacing(8);
    setPadding(new Insets(16));
    setPrefWidth(620);
    Label title = new Label("Start a DRILL");
    title.getStyleClass().add("title-3");
    starters.setId("drill-start-scenarios");
    starters.getItems().setAll(DrillStartViewModel.starters());
    starters.setPrefHeight(200);
    starters.getSelectionModel().select(0);
    file.setId("drill-start-file");
    file.setPromptText("…or a scenario file: /path/to/scenario.yaml");
    speed.setId("drill-start-speed");
    speed.getItems().setAll(DrillFacilitatorViewModel.SPEEDS);
    speed.setValue(1);
    speed.setConverter(
        new javafx.util.StringConverter<Integer>() {
          @Override
          public String toString(Integer n) {
            return n == null ? "" : n + "× speed";
          }

          @Override
          public Integer fromString(String s) {
            return Integer.valueOf(s.replaceAll("[^0-9]", ""));
          }
        });
    Label problem = new Label();
    problem.setId("drill-start-problem");
    problem.getStyleClass().add("quick-entry-error");
    problem.setWrapText(true);
    problem.textProperty().bind(model.problem());
    Label hint =
        new Label(
            "Enter starts · Tab to the file field or speed · Esc cancels. A drill never runs a real command.");
    hint.getStyleClass().add("hint");
    hint.setWrapText(true);
    // A filter: the list would otherwise take Enter first.
    addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER && !speed.isShowing()) {
            String ref =
                file.getText().isBlank()
                    ? (starters.getSelectionModel().getSelectedItem() == null
                        ? ""
                        : starters.getSelectionModel().getSelectedItem().id())
                    : file.getText();
            model.start(ref, speed.getValue(), started);
            e.consume();
          }
        });
    getChildren().addAll(title, starters, new HBox(8, file, speed), problem, hint);
    HBox.setHgrow(file, javafx.scene.layout.Priority.ALWAYS);
  }

  public ListView<DrillStartViewModel.Starter> starters() {
    return starters;
  }
}
