package org.sitrep.app.readiness;

import java.time.LocalDateTime;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitrep.model.readiness.ReadinessLine;
import org.sitrep.model.readiness.ReadinessReminder;
import org.sitrep.model.readiness.RestoreTest;
import org.sitrep.model.readiness.ServiceReadiness;

/**
 * The readiness view, shown in place of the timeline (Ctrl+Shift+R, Esc goes back): the open
 * reminders on top, then per service its lines, each with its colour, the evidence and the fix, and
 * the buttons that start and finish a restore test.
 */
public final class ReadinessView extends BorderPane {

  private final ReadinessViewModel model;
  private final TextField importPath = new TextField();
  private final VBox reminders = new VBox(2);
  private final VBox services = new VBox(14);
  // What was typed as a backup point, kept when a change read rebuilds the rows.
  private final java.util.Map<String, String> typedPoints = new java.util.HashMap<>();

  public ReadinessView(ReadinessViewModel model, Runnable back) {
    this.model = model;
    setId("readiness-view");
    getStyleClass().add("readiness-view");
    setPadding(new Insets(12));
    Label title = new Label("Readiness: are we prepared?");
    title.getStyleClass().add("readiness-title");
    Button close = new Button("Back (Esc)");
    close.setOnAction(e -> back.run());
    importPath.setId("readiness-import-path");
    importPath.setPromptText("Path of a service file (YAML), e.g. /home/me/services.yaml");
    HBox.setHgrow(importPath, Priority.ALWAYS);
    Button importButton = new Button("Import services");
    importButton.setId("readiness-import");
    importButton.setOnAction(e -> model.importFile(importPath.getText(), () -> {}));
    importPath.setOnAction(e -> importButton.fire());
    HBox top = new HBox(8, title, importPath, importButton, close);
    top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    Label message = new Label();
    message.setId("readiness-message");
    message.setWrapText(true);
    message.textProperty().bind(model.message());
    reminders.setId("readiness-reminders");
    services.setId("readiness-services");
    services.setPadding(new Insets(0, 8, 0, 0));
    ScrollPane scroll = new ScrollPane(services);
    scroll.setFitToWidth(true);
    VBox head = new VBox(6, top, message, reminders);
    head.setPadding(new Insets(0, 0, 8, 0));
    setTop(head);
    setCenter(scroll);
    model.shown().addListener((o, was, now) -> show(now));
    show(model.shown().get());
  }

  public TextField importPath() {
    return importPath;
  }

  private void show(ReadinessViewModel.Shown shown) {
    reminders.getChildren().clear();
    for (ReadinessReminder r : shown.reminders()) {
      Label l = new Label("Reminder · " + r.service() + ": " + r.text());
      l.getStyleClass().add("readiness-reminder");
      l.setWrapText(true);
      reminders.getChildren().add(l);
    }
    services.getChildren().clear();
    if (shown.services().isEmpty()) {
      Label none = new Label("No services yet: import a service file above (docs/readiness.md).");
      none.getStyleClass().add("empty-state");
      services.getChildren().add(none);
    }
    for (ServiceReadiness s : shown.services()) {
      services.getChildren().add(service(s, shown.running().get(s.service().name())));
    }
  }

  private VBox service(ServiceReadiness s, RestoreTest running) {
    String name = s.service().name();
    Label heading =
        new Label(name + "  ·  " + s.service().ownerTeam() + "  ·  tier " + s.service().tier());
    heading.getStyleClass().add("readiness-service-name");
    Label worst = badge(s.status());
    worst.setId("readiness-status-" + name);
    HBox actions = new HBox(8, worst, heading);
    VBox box = new VBox(6, actions);
    actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    if (running == null) {
      Button start = new Button("Start restore test");
      start.setId("readiness-start-" + name);
      start.setOnAction(e -> model.startRestoreTest(name, () -> {}));
      actions.getChildren().add(start);
    } else {
      TextField point =
          new TextField(
              LocalDateTime.ofInstant(running.startedAt(), model.zone())
                  .format(ReadinessViewModel.WHEN));
      point.setText(typedPoints.getOrDefault(running.id(), point.getText()));
      point.textProperty().addListener((o, was, now) -> typedPoints.put(running.id(), now));
      point.setId("readiness-backup-point-" + name);
      point.setPrefColumnCount(12);
      Label asked = new Label("Running · backup holds data up to:");
      Button passed = new Button("Finish: passed");
      passed.setId("readiness-finish-" + name);
      passed.setOnAction(e -> model.finishRestoreTest(name, point.getText(), true, () -> {}));
      Button failed = new Button("Finish: failed");
      failed.setOnAction(e -> model.finishRestoreTest(name, point.getText(), false, () -> {}));
      HBox finish = new HBox(8, asked, point, passed, failed);
      finish.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      // On its own row: beside the heading it was cut off in the narrow centre column.
      box.getChildren().add(finish);
    }
    GridPane lines = new GridPane();
    lines.setHgap(10);
    lines.setVgap(4);
    int row = 0;
    for (ReadinessLine line : s.lines()) {
      Label colour = badge(line.status());
      colour.setId("readiness-line-" + name + "-" + line.check().name().toLowerCase(Locale.ROOT));
      Label check = new Label(line.check().title());
      check.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      Label evidence = new Label(line.evidence());
      evidence.setWrapText(true);
      Label fix = new Label(line.fix().isEmpty() ? "" : "Fix: " + line.fix());
      fix.setWrapText(true);
      fix.getStyleClass().add("readiness-fix");
      VBox said = new VBox(1, evidence, fix);
      GridPane.setHgrow(said, Priority.ALWAYS);
      lines.addRow(row++, colour, check, said);
    }
    box.getChildren().add(lines);
    box.setId("readiness-service-" + name);
    box.getStyleClass().add("readiness-service");
    return box;
  }

  private static Label badge(org.sitrep.model.readiness.Status status) {
    Label l = new Label(status.name());
    l.getStyleClass().addAll("badge", "readiness-" + status.name().toLowerCase(Locale.ROOT));
    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return l;
  }
}
