package org.sitrep.app.console;

import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The command console under the timeline: where, what, Run/Stop, the questions the guard rails ask,
 * and the output as it streams in (stderr marked). Enter runs; Esc closes when nothing runs.
 */
public final class ConsolePanel extends VBox {

  private final ConsoleViewModel model;
  private final Supplier<String> incidentId;
  private final ComboBox<String> target = new ComboBox<>();
  private final TextField command = new TextField();
  private final TextField confirm = new TextField();
  private final ListView<OutputLine> output = new ListView<>();
  private final Runnable onClose;

  public ConsolePanel(ConsoleViewModel model, Supplier<String> incidentId, Runnable onClose) {
    this.model = model;
    this.incidentId = incidentId;
    this.onClose = onClose;
    setId("console");
    getStyleClass().add("console-panel");
    setSpacing(6);
    setPadding(new Insets(8, 16, 8, 16));

    target.setId("console-target");
    target.setItems(model.targets());
    target.valueProperty().bindBidirectional(model.target());
    target.setPrefWidth(170);
    // Editable: a host, or several at once ("db-1,db-2", "tag:postgres", "env:staging").
    target.setEditable(true);
    target.setPromptText("host, tag:…, env:…");
    command.setId("console-command");
    command.getStyleClass().add("console-command");
    command.setPromptText("Command to run and log (Enter)");
    command.textProperty().bindBidirectional(model.command());
    command.disableProperty().bind(model.busy());
    command.setOnAction(e -> model.run(incidentId.get()));
    HBox.setHgrow(command, Priority.ALWAYS);
    Button run = new Button("Run");
    run.setId("console-run");
    run.getStyleClass().add("accent");
    run.setOnAction(e -> model.run(incidentId.get()));
    run.visibleProperty().bind(model.busy().not());
    run.managedProperty().bind(run.visibleProperty());
    Button stop = new Button("Stop (Ctrl+Shift+X)");
    stop.setId("console-stop");
    stop.getStyleClass().add("danger");
    stop.setOnAction(e -> model.cancel());
    stop.visibleProperty().bind(model.busy());
    stop.managedProperty().bind(stop.visibleProperty());
    Button close = new Button("✕");
    close.getStyleClass().add("flat");
    close.setOnAction(e -> close());
    Label on = new Label("Run on");
    HBox line = new HBox(8, on, target, command, run, stop, close);
    line.setAlignment(Pos.CENTER_LEFT);

    getChildren().addAll(line, question(), trustRow(), outputList(), statusLine());
    setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE && !model.busy().get()) {
            if (model.question().get() != null || model.untrustedKey().get() != null) {
              model.clearQuestions();
              command.requestFocus();
            } else {
              close();
            }
            e.consume();
          }
        });
  }

  private Region question() {
    Label reasons = new Label();
    reasons.setWrapText(true);
    reasons.getStyleClass().add("console-warning");
    confirm.setId("console-confirm");
    confirm.textProperty().bindBidirectional(model.confirmation());
    confirm.setOnAction(e -> model.confirmAndRun(incidentId.get()));
    confirm.setPrefColumnCount(16);
    HBox row = new HBox(8, reasons, confirm);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setId("console-question");
    model
        .question()
        .addListener(
            (obs, old, review) -> {
              row.setVisible(review != null);
              if (review != null) {
                reasons.setText(
                    "⚠ "
                        + String.join("; ", review.reasons())
                        + ". Type "
                        + review.confirmWith()
                        + " to run it:");
                confirm.setPromptText(review.confirmWith());
                confirm.requestFocus();
              }
            });
    row.setVisible(false);
    row.managedProperty().bind(row.visibleProperty());
    return row;
  }

  private Region trustRow() {
    Label text = new Label();
    text.setWrapText(true);
    text.getStyleClass().add("console-warning");
    Button trust = new Button("I checked the fingerprint: trust it and run");
    trust.setId("console-trust");
    trust.setOnAction(e -> model.trustAndRun(incidentId.get()));
    HBox row = new HBox(8, text, trust);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setId("console-host-key");
    model
        .untrustedKey()
        .addListener(
            (obs, old, problem) -> {
              row.setVisible(problem != null);
              if (problem != null) {
                text.setText(problem.getMessage());
                trust.setVisible(!problem.changed());
                trust.setManaged(!problem.changed());
                row.getStyleClass().removeAll("console-alarm");
                if (problem.changed()) {
                  row.getStyleClass().add("console-alarm");
                }
              }
            });
    row.setVisible(false);
    row.managedProperty().bind(row.visibleProperty());
    return row;
  }

  private Region outputList() {
    output.setId("console-output");
    output.getStyleClass().add("console-output");
    output.setItems(model.output());
    output.setPrefHeight(180);
    output.setFixedCellSize(18);
    output.setPlaceholder(
        new Label("Output appears here as it arrives. It is redacted and logged with the result."));
    output.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(OutputLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("stderr");
                setText(empty || item == null ? null : item.text());
                if (item != null && item.stderr()) {
                  getStyleClass().add("stderr");
                }
              }
            });
    model
        .output()
        .addListener(
            (ListChangeListener<OutputLine>)
                c -> {
                  // After layout: a scroll in the same pulse as the add is lost.
                  javafx.application.Platform.runLater(
                      () -> {
                        if (!model.output().isEmpty()) {
                          output.scrollTo(model.output().size() - 1);
                        }
                      });
                });
    return output;
  }

  private Region statusLine() {
    Label status = new Label();
    status.setId("console-status");
    status.getStyleClass().add("incident-meta");
    status.setWrapText(true);
    status.textProperty().bind(model.status());
    Label hint =
        new Label(
            "Ctrl+E console · Enter run · Ctrl+Shift+X stop · Esc close · R on a checklist step fills its command");
    hint.getStyleClass().add("hint");
    return new VBox(2, status, hint);
  }

  /** Opens (or refocuses) the console on its command line, with the host list fresh. */
  public void focusCommand() {
    model.loadHosts();
    command.requestFocus();
    command.end();
  }

  public TextField commandField() {
    return command;
  }

  private void close() {
    model.clearQuestions();
    onClose.run();
  }
}
