package org.sitrep.app.runbook;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.sitrep.app.runbook.ChecklistViewModel.Row;
import org.sitrep.model.checklist.StepStatus;
import org.sitrep.runbooks.checklist.Checklist;
import org.sitrep.runbooks.format.Step;
import org.sitrep.runbooks.format.StepKind;
import org.sitrep.runbooks.format.Variable;

/**
 * The open incident's checklist beside its timeline: title, pinned version, progress, variables
 * (Enter saves one), and the steps by section with the next one highlighted. Keyboard: Up/Down
 * between steps, Space done/undone, S skip, N note, A assign, C copy the command; the reason, note
 * or name is typed in a field under the list and Enter confirms it, Esc cancels.
 */
public final class ChecklistPanel extends VBox {

  private enum Action {
    SKIP,
    NOTE,
    ASSIGN
  }

  private final ChecklistViewModel model;
  private final ListView<Row> steps = new ListView<>();
  private final Label title = new Label();
  private final Label version = new Label();
  private final Label progress = new Label();
  private final ComboBox<Checklist> runPicker = new ComboBox<>();
  private final TitledPane introPane = new TitledPane();
  private final GridPane variables = new GridPane();
  private final TitledPane variablesPane = new TitledPane();
  private final Map<String, TextField> variableFields = new LinkedHashMap<>();
  private final Label actionPrompt = new Label();
  private final TextField actionField = new TextField();
  private final VBox actionBar;
  private final Label problem = new Label();
  private final Label message = new Label();
  private String shownRunId;
  private Action pending;
  private Row pendingRow;
  private String copied = "";
  private String lastKey;

  public ChecklistPanel(ChecklistViewModel model) {
    this.model = model;
    setId("checklist-panel");
    getStyleClass().add("checklist-panel");
    setSpacing(8);
    setPadding(new Insets(12, 12, 8, 12));
    setPrefWidth(560);
    setMinWidth(420);

    title.setId("checklist-title");
    title.getStyleClass().add("checklist-title");
    title.setWrapText(true);
    version.setId("checklist-version");
    version.getStyleClass().add("version-chip");
    progress.setId("checklist-progress");
    progress.getStyleClass().add("checklist-progress");
    progress.textProperty().bind(model.progress());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox head = new HBox(8, title, version, spacer, progress);
    head.setAlignment(Pos.CENTER_LEFT);

    runPicker.setId("checklist-runs");
    runPicker.setItems(model.runs());
    runPicker.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Checklist c) {
            return c == null
                ? ""
                : c.runbook().title()
                    + " (v"
                    + c.run().versionNo()
                    + ") — "
                    + ChecklistViewModel.progressText(c.progress());
          }

          @Override
          public Checklist fromString(String s) {
            return null;
          }
        });
    runPicker.setMaxWidth(Double.MAX_VALUE);
    runPicker.setOnAction(
        e -> {
          Checklist chosen = runPicker.getValue();
          if (chosen != null
              && (model.current().get() == null
                  || !chosen.run().id().equals(model.current().get().run().id()))) {
            model.show(chosen);
            revealNext();
          }
        });
    runPicker.managedProperty().bind(runPicker.visibleProperty());
    model
        .runs()
        .addListener(
            (ListChangeListener<Checklist>) c -> runPicker.setVisible(model.runs().size() > 1));
    runPicker.setVisible(false);

    introPane.setText("About this runbook");
    introPane.setExpanded(false);
    introPane.setAnimated(false);
    introPane.setFocusTraversable(false);
    variablesPane.setContent(variables);
    variablesPane.setAnimated(false);
    variablesPane.setFocusTraversable(false);
    variables.setId("checklist-variables");
    variables.setHgap(6);
    variables.setVgap(4);
    for (int i = 0; i < 2; i++) {
      ColumnConstraints name = new ColumnConstraints();
      ColumnConstraints value = new ColumnConstraints();
      value.setHgrow(Priority.ALWAYS);
      value.setFillWidth(true);
      variables.getColumnConstraints().addAll(name, value);
    }

    steps.setId("checklist-steps");
    steps.getStyleClass().add("checklist-steps");
    steps.setItems(model.rows());
    steps.setCellFactory(v -> new StepCell());
    steps
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && !now.isHeading()) {
                lastKey = now.step().key();
              }
            });
    steps.setPlaceholder(new Label("No checklist: Ctrl+R attaches a runbook."));
    VBox.setVgrow(steps, Priority.ALWAYS);
    steps.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown()) {
            Row row = selected();
            if (row != null) {
              toggle(row);
            }
            e.consume();
          }
        });
    // On the typed character, as the timeline's E: consuming it keeps the letter out of the field
    // that takes focus next.
    steps.addEventHandler(
        KeyEvent.KEY_TYPED,
        e -> {
          Row row = selected();
          if (row == null || e.isShortcutDown() || e.isAltDown()) {
            return;
          }
          switch (e.getCharacter().toLowerCase(java.util.Locale.ROOT)) {
            case "s":
              ask(Action.SKIP, row);
              break;
            case "n":
              ask(Action.NOTE, row);
              break;
            case "a":
              ask(Action.ASSIGN, row);
              break;
            case "c":
              copy(row);
              break;
            default:
              return;
          }
          e.consume();
        });

    actionPrompt.setId("checklist-action-prompt");
    actionPrompt.setWrapText(true);
    actionPrompt.getStyleClass().add("checklist-action-prompt");
    actionField.setId("checklist-action-field");
    actionField.setOnAction(e -> confirm());
    actionField.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            closeAction();
            steps.requestFocus();
            e.consume();
          }
        });
    Label actionHint = new Label("Enter confirms · Esc cancels");
    actionHint.getStyleClass().add("hint");
    actionBar = new VBox(4, actionPrompt, actionField, actionHint);
    actionBar.getStyleClass().add("checklist-action");
    actionBar.managedProperty().bind(actionBar.visibleProperty());
    actionBar.setVisible(false);

    problem.setId("checklist-problem");
    problem.getStyleClass().add("quick-entry-error");
    problem.setWrapText(true);
    problem.setMinHeight(Region.USE_PREF_SIZE);
    problem.textProperty().bind(model.problem());
    problem.visibleProperty().bind(model.problem().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    message.setId("checklist-message");
    message.getStyleClass().add("incident-meta");
    message.setWrapText(true);
    Label hint =
        new Label(
            "Ctrl+J here · ↑↓ steps · Space done · S skip · N note · A assign · C copy command");
    hint.getStyleClass().add("hint");

    model.current().addListener((obs, old, now) -> showHeader(now));
    getChildren()
        .addAll(
            head, runPicker, introPane, variablesPane, steps, actionBar, problem, message, hint);
  }

  public ListView<Row> steps() {
    return steps;
  }

  /** The last command put on the clipboard (what C copied). */
  public String copied() {
    return copied;
  }

  /** Focuses the steps with the next open step selected and in view. */
  public void focusSteps() {
    if (steps.getSelectionModel().isEmpty()) {
      revealNext();
    }
    steps.requestFocus();
  }

  /** Selects the next open step (or the first row when all are closed) and scrolls it into view. */
  public void revealNext() {
    int at = model.nextRow();
    select(at < 0 ? (model.rows().isEmpty() ? -1 : 0) : at);
  }

  /** Copies the selected step's command, else the next step's. */
  public void copySelectedOrNext() {
    Row row = selected();
    if (row == null || row.command().isEmpty()) {
      int next = model.nextRow();
      row = next < 0 ? row : model.rows().get(next);
    }
    if (row != null) {
      copy(row);
    }
  }

  private void select(int index) {
    if (index < 0) {
      steps.getSelectionModel().clearSelection();
      return;
    }
    steps.getSelectionModel().select(index);
    steps.scrollTo(Math.max(0, index - 2));
  }

  /** After a reload: the step that was selected, else the next one. */
  private void restoreSelection() {
    int at = lastKey == null ? -1 : model.rowOf(lastKey);
    if (at < 0) {
      revealNext();
    } else {
      select(at);
    }
  }

  private Row selected() {
    Row row = steps.getSelectionModel().getSelectedItem();
    return row == null || row.isHeading() ? null : row;
  }

  private void toggle(Row row) {
    boolean checking = row.status() == StepStatus.OPEN;
    String key = row.step().key();
    message.setText("");
    model.toggle(
        row,
        () -> {
          if (checking) {
            revealNext();
          } else {
            select(model.rowOf(key));
          }
        });
  }

  private void ask(Action action, Row row) {
    pending = action;
    pendingRow = row;
    String step = "“" + shorten(row.step().text()) + "”";
    switch (action) {
      case SKIP:
        actionPrompt.setText(
            "Skip "
                + step
                + (row.step().kind() == StepKind.OPTIONAL
                    ? " — reason (optional step: may be left empty)"
                    : " — why? (a reason is required)"));
        break;
      case NOTE:
        actionPrompt.setText("Note on " + step);
        break;
      default:
        actionPrompt.setText("Assign " + step + " to");
        break;
    }
    actionField.clear();
    actionBar.setVisible(true);
    actionField.requestFocus();
  }

  private void confirm() {
    if (pending == null || pendingRow == null) {
      return;
    }
    String text = actionField.getText();
    String key = pendingRow.step().key();
    Action action = pending;
    Runnable after =
        () -> {
          closeAction();
          select(action == Action.SKIP ? nextOr(key) : model.rowOf(key));
          steps.requestFocus();
        };
    switch (action) {
      case SKIP:
        model.skip(pendingRow, text, after);
        break;
      case NOTE:
        model.annotate(pendingRow, text, after);
        break;
      default:
        model.assign(pendingRow, text, after);
        break;
    }
  }

  private int nextOr(String key) {
    int next = model.nextRow();
    return next < 0 ? model.rowOf(key) : next;
  }

  private void closeAction() {
    model.problem().set("");
    pending = null;
    pendingRow = null;
    actionBar.setVisible(false);
  }

  private void copy(Row row) {
    if (row.command().isEmpty()) {
      message.setText("This step has no command to copy.");
      return;
    }
    copied = row.command().get();
    try {
      ClipboardContent content = new ClipboardContent();
      content.putString(copied);
      Clipboard.getSystemClipboard().setContent(content);
      message.setText("Copied: " + shorten(copied));
    } catch (RuntimeException e) {
      message.setText("Could not reach the clipboard: " + e.getMessage());
    }
  }

  private void showHeader(Checklist c) {
    if (c == null) {
      shownRunId = null;
      title.setText("");
      version.setText("");
      variableFields.clear();
      variables.getChildren().clear();
      return;
    }
    title.setText(c.runbook().title());
    version.setText(c.run().runbookId() + " v" + c.run().versionNo());
    if (runPicker.getValue() == null || !c.run().id().equals(runPicker.getValue().run().id())) {
      runPicker.setValue(c);
    }
    if (c.run().id().equals(shownRunId)) {
      variableFields.forEach(
          (name, field) -> {
            if (!field.isFocused()) {
              field.setText(c.value(name).orElse(""));
            }
          });
      return;
    }
    shownRunId = c.run().id();
    closeAction();
    message.setText("");
    introPane.setContent(new MarkdownView(c.runbook().intro(), link -> {}));
    introPane.setVisible(!c.runbook().intro().isBlank());
    introPane.setManaged(introPane.isVisible());
    variableFields.clear();
    variables.getChildren().clear();
    for (Variable v : c.runbook().variables()) {
      Label name = new Label(v.name());
      name.getStyleClass().add("variable-name");
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
              model.setVariable(
                  v.name(),
                  field.getText(),
                  () -> {
                    restoreSelection();
                    steps.requestFocus();
                  });
            } else {
              steps.requestFocus();
            }
          });
      variableFields.put(v.name(), field);
      int at = variableFields.size() - 1;
      variables.add(name, (at % 2) * 2, at / 2);
      variables.add(field, (at % 2) * 2 + 1, at / 2);
    }
    variablesPane.setText(
        "Variables (" + c.runbook().variables().size() + ") — Enter saves one to the log");
    variablesPane.setVisible(!c.runbook().variables().isEmpty());
    variablesPane.setManaged(variablesPane.isVisible());
  }

  private static String shorten(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() > 70 ? flat.substring(0, 69) + "…" : flat;
  }

  /** A section heading with its progress, or a step: box, text, badges, command, notes. */
  private final class StepCell extends ListCell<Row> {
    StepCell() {
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(Row row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass()
          .removeAll("checklist-heading", "step-row", "next-step", "step-done", "step-skipped");
      if (empty || row == null) {
        setGraphic(null);
        return;
      }
      if (row.isHeading()) {
        getStyleClass().add("checklist-heading");
        Label heading = new Label(row.section().heading());
        heading.getStyleClass().add("checklist-section");
        Checklist.Progress p = row.checklist().progress(row.section());
        Label done =
            new Label((p.done() + p.skipped()) + "/" + p.total() + (p.finished() ? " ✓" : ""));
        done.getStyleClass().add("incident-meta");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, heading, spacer, done);
        box.setAlignment(Pos.CENTER_LEFT);
        setGraphic(box);
        return;
      }
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
            toggle(row);
          });
      MarkdownView text = new MarkdownView(step.text(), link -> {});
      text.getStyleClass().add("step-text");
      VBox body = new VBox(3, text);
      HBox.setHgrow(body, Priority.ALWAYS);
      HBox badges = new HBox(6);
      badges.setAlignment(Pos.CENTER_LEFT);
      if (row.isNext()) {
        badges.getChildren().add(badge("next", "step-next-badge"));
      }
      if (step.kind() != StepKind.TASK) {
        badges.getChildren().add(badge(step.kind().marker(), "step-kind-" + step.kind().marker()));
      }
      if (status == StepStatus.SKIPPED) {
        badges
            .getChildren()
            .add(
                badge(
                    "skipped"
                        + row.checklist()
                            .state(step)
                            .flatMap(s -> s.reason())
                            .map(r -> ": " + r)
                            .orElse(""),
                    "step-skipped-badge"));
      }
      if (status == StepStatus.DONE) {
        badges.getChildren().add(badge("done", "step-done-badge"));
      }
      row.checklist()
          .state(step)
          .flatMap(s -> s.assignee())
          .ifPresent(a -> badges.getChildren().add(badge("→ " + a, "step-assignee")));
      if (!badges.getChildren().isEmpty()) {
        body.getChildren().add(badges);
      }
      row.command()
          .ifPresent(
              command -> {
                // A text flow wraps long commands to the panel's width; a label would cut them.
                Text commandText = new Text(command);
                commandText.getStyleClass().add("step-command-text");
                TextFlow code = new TextFlow(commandText);
                code.getStyleClass().add("step-command");
                code.setMinWidth(0);
                HBox.setHgrow(code, Priority.ALWAYS);
                Button copy = new Button("Copy");
                copy.getStyleClass().addAll("small", "flat");
                copy.setFocusTraversable(false);
                copy.setMinWidth(Region.USE_PREF_SIZE);
                copy.setOnAction(e -> copy(row));
                HBox line = new HBox(6, code, copy);
                line.setAlignment(Pos.TOP_LEFT);
                body.getChildren().add(line);
              });
      if (!step.notes().isBlank()) {
        MarkdownView notes = new MarkdownView(step.notes(), link -> {});
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
      setGraphic(line);
    }

    private Label badge(String text, String style) {
      Label l = new Label(text);
      l.getStyleClass().addAll("step-badge", style);
      return l;
    }
  }
}
