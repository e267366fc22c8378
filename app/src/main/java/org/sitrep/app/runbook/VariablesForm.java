package org.sitrep.app.runbook;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.sitrep.runbooks.checklist.Checklist;
import org.sitrep.runbooks.format.Variable;

/**
 * The run's variables (host, cluster, …) in two name/value columns; Enter saves the one typed in,
 * which logs it and fills it into the commands.
 */
final class VariablesForm extends TitledPane {

  private final ChecklistViewModel model;
  private final Runnable saved;
  private final Runnable unchanged;
  private final GridPane grid = new GridPane();
  private final Map<String, TextField> fields = new LinkedHashMap<>();

  /**
   * {@code saved} runs once a changed value is stored, {@code unchanged} when Enter changed none.
   */
  VariablesForm(ChecklistViewModel model, Runnable saved, Runnable unchanged) {
    this.model = model;
    this.saved = saved;
    this.unchanged = unchanged;
    setContent(grid);
    setAnimated(false);
    setFocusTraversable(false);
    grid.setId("checklist-variables");
    grid.setHgap(6);
    grid.setVgap(4);
    for (int i = 0; i < 2; i++) {
      ColumnConstraints name = new ColumnConstraints();
      ColumnConstraints value = new ColumnConstraints();
      value.setHgrow(Priority.ALWAYS);
      value.setFillWidth(true);
      grid.getColumnConstraints().addAll(name, value);
    }
  }

  void clear() {
    fields.clear();
    grid.getChildren().clear();
  }

  /** The same run reloaded: new values, except in the field someone is typing in. */
  void refresh(Checklist c) {
    fields.forEach(
        (name, field) -> {
          if (!field.isFocused()) {
            field.setText(c.value(name).orElse(""));
          }
        });
  }

  /** Another run shown: one field per variable of its runbook. */
  void show(Checklist c) {
    clear();
    for (Variable v : c.runbook().variables()) {
      Label name = new Label(v.name());
      name.getStyleClass().add("variable-name");
      TextField field = field(c, v);
      fields.put(v.name(), field);
      int at = fields.size() - 1;
      grid.add(name, (at % 2) * 2, at / 2);
      grid.add(field, (at % 2) * 2 + 1, at / 2);
    }
    setText("Variables (" + c.runbook().variables().size() + ") — Enter saves one to the log");
    setVisible(!c.runbook().variables().isEmpty());
    setManaged(isVisible());
  }

  private TextField field(Checklist c, Variable v) {
    TextField field = new TextField(c.value(v.name()).orElse(""));
    field.setId("checklist-var-" + v.name());
    field.getStyleClass().add("variable-field");
    field.setPrefColumnCount(10);
    field.setMaxWidth(Double.MAX_VALUE);
    v.defaultValue().ifPresent(field::setPromptText);
    if (!v.description().isBlank()) {
      field.setTooltip(new Tooltip(v.description()));
    }
    field.setOnAction(
        e -> {
          if (!field.getText().strip().equals(c.value(v.name()).orElse(""))) {
            model.setVariable(v.name(), field.getText(), saved);
          } else {
            unchanged.run();
          }
        });
    return field;
  }
}
