package org.sitrep.app.declare;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.Severity;

/**
 * Ctrl+N: title, severity, drill, services, description, impact started and detected. Enter in the
 * title declares.
 */
public final class DeclareIncidentForm extends VBox {

  private final TextField title = new TextField();
  private Runnable submit;

  public DeclareIncidentForm(
      DeclareIncidentViewModel model, Consumer<Incident> declared, Runnable cancel) {
    setId("declare-form");
    setSpacing(12);
    setPadding(new Insets(20));
    setPrefWidth(640);
    Label heading = new Label("Declare an incident");
    heading.getStyleClass().add("title-3");

    title.setId("declare-title");
    title.setPromptText("What is broken, in a few words");
    title.textProperty().bindBidirectional(model.title());

    ToggleGroup severities = new ToggleGroup();
    HBox severityRow = new HBox(4);
    for (Severity s : Severity.values()) {
      ToggleButton b = new ToggleButton(s.name() + " · " + s.meaning());
      b.setId("declare-" + s.name().toLowerCase(Locale.ROOT));
      b.setUserData(s);
      b.setToggleGroup(severities);
      b.setSelected(model.severity().get() == s);
      severityRow.getChildren().add(b);
    }
    severities
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true); // a severity is always chosen
              } else {
                model.severity().set((Severity) now.getUserData());
              }
            });

    CheckBox drill = new CheckBox("This is a drill (practice, not a real incident)");
    drill.setId("declare-drill");
    drill.selectedProperty().bindBidirectional(model.drill());
    TextField services = new TextField();
    services.setId("declare-services");
    services.setPromptText("checkout, payments (comma-separated, optional)");
    services.textProperty().bindBidirectional(model.services());
    TextArea description = new TextArea();
    description.setId("declare-description");
    description.setPromptText("What is known so far (optional)");
    description.setPrefRowCount(3);
    description.setWrapText(true);
    description.textProperty().bindBidirectional(model.description());
    Label error = new Label();
    error.setId("declare-error");
    error.getStyleClass().add("quick-entry-error");
    error.setWrapText(true);
    error.textProperty().bind(model.error());

    GridPane form = new GridPane();
    form.setHgap(12);
    form.setVgap(10);
    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    form.getColumnConstraints().addAll(labels, new javafx.scene.layout.ColumnConstraints());
    form.addRow(0, new Label("Title"), title);
    form.addRow(1, new Label("Severity"), severityRow);
    form.addRow(2, new Label(""), drill);
    form.addRow(3, new Label("Services"), services);
    form.addRow(4, new Label("Description"), description);
    form.addRow(5, new Label("Impact started"), whenRow(model));

    submit = () -> model.declare(declared);
    Button declareButton = new Button("Declare");
    declareButton.setId("declare-confirm");
    declareButton.getStyleClass().add("danger");
    declareButton.setDefaultButton(true);
    declareButton.disableProperty().bind(model.canDeclare().not());
    declareButton.setOnAction(e -> submit.run());
    Button cancelButton = new Button("Cancel");
    cancelButton.setCancelButton(true);
    cancelButton.setOnAction(e -> cancel.run());
    title.setOnAction(e -> submit.run());
    services.setOnAction(e -> submit.run());
    // Enter in Description starts a new line; Ctrl+Enter declares from there (the overlay's model).
    Label hint = new Label("Enter declares · Ctrl+Enter from Description · Esc cancels");
    hint.getStyleClass().add("hint");
    HBox buttons = new HBox(8, hint, cancelButton, declareButton);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    getChildren().addAll(heading, form, error, buttons);
  }

  /**
   * Started and detected, optional: "13:50" (UTC) or "-20m", as /milestone takes them. The
   * postmortem figures are measured from them; left blank they fall back to the declaration.
   */
  private HBox whenRow(DeclareIncidentViewModel model) {
    TextField started = new TextField();
    started.setId("declare-started");
    started.setPromptText("unknown · 13:50 or -20m");
    started.textProperty().bindBidirectional(model.started());
    TextField detected = new TextField();
    detected.setId("declare-detected");
    detected.setPromptText("at declare · or -5m");
    detected.textProperty().bindBidirectional(model.detected());
    Label detectedLabel = new Label("Detected");
    detectedLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    HBox row = new HBox(8, started, detectedLabel, detected);
    row.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(started, javafx.scene.layout.Priority.ALWAYS);
    HBox.setHgrow(detected, javafx.scene.layout.Priority.ALWAYS);
    started.setOnAction(e -> fire());
    detected.setOnAction(e -> fire());
    return row;
  }

  private void fire() {
    if (submit != null) {
      submit.run();
    }
  }

  public TextField titleField() {
    return title;
  }
}
