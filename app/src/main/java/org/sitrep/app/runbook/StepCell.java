package org.sitrep.app.runbook;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.sitrep.app.runbook.ChecklistViewModel.Row;
import org.sitrep.model.checklist.StepStatus;
import org.sitrep.runbooks.checklist.Checklist;
import org.sitrep.runbooks.format.Step;
import org.sitrep.runbooks.format.StepKind;

/** A section heading with its progress, or a step: box, text, badges, command, notes. */
final class StepCell extends ListCell<Row> {

  private final Consumer<Row> toggle;
  private final Consumer<Row> copy;
  private final java.util.function.Function<String, String> runbookNames;
  private final Consumer<String> onLink;

  StepCell(
      Consumer<Row> toggle,
      Consumer<Row> copy,
      java.util.function.Function<String, String> runbookNames,
      Consumer<String> onLink) {
    this.toggle = toggle;
    this.copy = copy;
    this.runbookNames = runbookNames;
    this.onLink = onLink;
    // Lets the cell follow the panel's width so long text wraps instead of scrolling sideways.
    setPrefWidth(0);
  }

  /** Measured at the width the row gets: wrapped text must not run into the next row. */
  @Override
  protected double computePrefHeight(double width) {
    return org.sitrep.app.common.WrappedRows.graphicHeight(
        this, width, super.computePrefHeight(width));
  }

  @Override
  protected void updateItem(Row row, boolean empty) {
    super.updateItem(row, empty);
    getStyleClass()
        .removeAll("checklist-heading", "step-row", "next-step", "step-done", "step-skipped");
    if (empty || row == null) {
      setGraphic(null);
    } else if (row.isHeading()) {
      getStyleClass().add("checklist-heading");
      setGraphic(heading(row));
    } else {
      setGraphic(step(row));
    }
  }

  private HBox heading(Row row) {
    Label heading = new Label(row.section().heading());
    heading.getStyleClass().add("checklist-section");
    Checklist.Progress p = row.checklist().progress(row.section());
    Label done = new Label((p.done() + p.skipped()) + "/" + p.total() + (p.finished() ? " ✓" : ""));
    done.getStyleClass().add("incident-meta");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox box = new HBox(8, heading, spacer, done);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  private HBox step(Row row) {
    Step step = row.step();
    StepStatus status = row.status();
    getStyleClass().add("step-row");
    if (row.isNext()) {
      getStyleClass().add("next-step");
    }
    if (status == StepStatus.DONE) {
      getStyleClass().add("step-done");
    } else if (status == StepStatus.SKIPPED) {
      getStyleClass().add("step-skipped");
    }
    CheckBox box = new CheckBox();
    box.setSelected(status == StepStatus.DONE);
    box.setIndeterminate(status == StepStatus.SKIPPED);
    box.setFocusTraversable(false);
    box.setOnAction(
        e -> {
          getListView().getSelectionModel().select(row);
          toggle.accept(row);
        });
    MarkdownView text = new MarkdownView(row.text(), onLink, runbookNames);
    text.getStyleClass().add("step-text");
    VBox body = new VBox(3, text);
    HBox.setHgrow(body, Priority.ALWAYS);
    HBox badges = badges(row);
    if (!badges.getChildren().isEmpty()) {
      body.getChildren().add(badges);
    }
    row.command().ifPresent(command -> body.getChildren().add(command(row, command)));
    if (!step.notes().isBlank()) {
      MarkdownView notes =
          new MarkdownView(row.checklist().fill(step.notes()), onLink, runbookNames);
      notes.getStyleClass().add("step-notes");
      body.getChildren().add(notes);
    }
    for (String note : row.notes()) {
      Label n = new Label("✎ " + note);
      n.getStyleClass().add("step-note");
      n.setWrapText(true);
      body.getChildren().add(n);
    }
    HBox line = new HBox(8, box, body);
    line.setAlignment(Pos.TOP_LEFT);
    return line;
  }

  private HBox badges(Row row) {
    Step step = row.step();
    StepStatus status = row.status();
    HBox badges = new HBox(6);
    badges.setAlignment(Pos.CENTER_LEFT);
    if (row.isNext()) {
      badges.getChildren().add(badge("next", "step-next-badge"));
    }
    if (step.kind() != StepKind.TASK) {
      badges.getChildren().add(badge(step.kind().marker(), "step-kind-" + step.kind().marker()));
    }
    if (status == StepStatus.SKIPPED) {
      String reason =
          row.checklist().state(step).flatMap(s -> s.reason()).map(r -> ": " + r).orElse("");
      badges.getChildren().add(badge("skipped" + reason, "step-skipped-badge"));
    }
    if (status == StepStatus.DONE) {
      badges.getChildren().add(badge("done", "step-done-badge"));
    }
    if (row.command().isPresent() && !row.runnable()) {
      // A promql/yaml/json block from an imported page: say so before anyone reaches for R.
      String language = step.command().map(c -> c.language()).filter(l -> !l.isBlank()).orElse("");
      badges
          .getChildren()
          .add(badge((language + " reference · not run").strip(), "step-reference-badge"));
    }
    row.checklist()
        .state(step)
        .flatMap(s -> s.assignee())
        .ifPresent(a -> badges.getChildren().add(badge("→ " + a, "step-assignee")));
    return badges;
  }

  private HBox command(Row row, String command) {
    // A text flow wraps long commands to the panel's width; a label would cut them.
    Text commandText = new Text(command);
    commandText.getStyleClass().add("step-command-text");
    TextFlow code = new TextFlow(commandText);
    code.getStyleClass().add("step-command");
    code.setMinWidth(0);
    HBox.setHgrow(code, Priority.ALWAYS);
    Button button = new Button("Copy");
    button.getStyleClass().addAll("small", "flat");
    button.setFocusTraversable(false);
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.setOnAction(e -> copy.accept(row));
    HBox line = new HBox(6, code, button);
    line.setAlignment(Pos.TOP_LEFT);
    return line;
  }

  private static Label badge(String text, String style) {
    Label l = new Label(text);
    l.getStyleClass().addAll("step-badge", style);
    return l;
  }
}
