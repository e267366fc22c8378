package org.sitrep.app.runbook;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitrep.app.runbook.ChecklistViewModel.Row;
import org.sitrep.app.runbook.StepPrompt.Ask;
import org.sitrep.model.checklist.StepStatus;
import org.sitrep.runbooks.checklist.Checklist;

/**
 * The open incident's checklist beside its timeline: title, pinned version, progress, variables
 * (Enter saves one), and the steps by section with the next one highlighted. Keyboard: Up/Down
 * between steps, Space done/undone, S skip, N note, A assign, C copy the command; the reason, note
 * or name is typed in a field under the list and Enter confirms it, Esc cancels.
 */
public final class ChecklistPanel extends VBox {

  private final ChecklistViewModel model;
  private final ChecklistHeader header;
  private final RunSwitcher runs;
  private final RunbookIntro intro;
  private final VariablesForm variables;
  private final StepList steps;
  private final StepPrompt prompt;
  private final Label message = new Label();
  private final CommandCopier copier = new CommandCopier(message);
  private String shownRunId;
  private java.util.function.BiConsumer<String, String> runHandler = (command, source) -> {};
  private java.util.function.Consumer<String> followHandler = id -> {};

  public ChecklistPanel(ChecklistViewModel model) {
    this.model = model;
    setId("checklist-panel");
    getStyleClass().add("checklist-panel");
    setSpacing(8);
    setPadding(new Insets(12, 12, 8, 12));
    setPrefWidth(520);
    setMinWidth(340);

    header = new ChecklistHeader(model);
    intro = new RunbookIntro(model::runbookName, this::follow);
    steps = new StepList(model, this::toggle, copier::copy, this::follow);
    VBox.setVgrow(steps, Priority.ALWAYS);
    runs = new RunSwitcher(model, steps::revealNext);
    variables =
        new VariablesForm(
            model,
            () -> {
              steps.restoreSelection();
              steps.requestFocus();
            },
            steps::requestFocus);
    prompt =
        new StepPrompt(
            this::answer,
            () -> {
              closePrompt();
              steps.requestFocus();
            });
    StepKeys.install(steps, this::toggle, prompt::ask, copier::copy, this::runCommand);

    Label problem = new Label();
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
            "Ctrl+J here · ↑↓ steps · Space done · S skip · N note · A assign · C copy · R run");
    hint.getStyleClass().add("hint");
    hint.setWrapText(true);
    hint.setMinHeight(Region.USE_PREF_SIZE);

    model.current().addListener((obs, old, now) -> show(now));
    getChildren().addAll(header, runs, intro, variables, steps, prompt, problem, message, hint);
  }

  /** Where a {@code [[id]]} link to another runbook leads: the runbook picker, on that id. */
  public void onFollowRunbook(java.util.function.Consumer<String> handler) {
    this.followHandler = handler;
  }

  private void follow(String link) {
    if (link.startsWith(MarkdownView.RUNBOOK_LINK)) {
      followHandler.accept(link.substring(MarkdownView.RUNBOOK_LINK.length()));
    }
  }

  /** Where R sends a step's command (filled) and where it came from: the console. */
  public void onRunCommand(java.util.function.BiConsumer<String, String> handler) {
    this.runHandler = handler;
  }

  private void runCommand(Row row) {
    if (row.command().isEmpty()) {
      message.setText("This step has no command to run.");
      return;
    }
    if (!row.runnable()) {
      message.setText(
          "This step's "
              + row.step().command().map(c -> c.language()).orElse("")
              + " block is shown for reference: only shell commands are sent to the console.");
      return;
    }
    var run = row.checklist().run();
    runHandler.accept(
        row.command().get(),
        "runbook " + run.runbookId() + " v" + run.versionNo() + ", step " + row.step().key());
  }

  public ListView<Row> steps() {
    return steps;
  }

  /** The last command put on the clipboard (what C copied). */
  public String copied() {
    return copier.last();
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
    steps.revealNext();
  }

  /** Copies the selected step's command, else the next step's. */
  public void copySelectedOrNext() {
    Row row = steps.selectedStep();
    if (row == null || row.command().isEmpty()) {
      int next = model.nextRow();
      row = next < 0 ? row : model.rows().get(next);
    }
    if (row != null) {
      copier.copy(row);
    }
  }

  /** Shortens step text and commands to fit one line of a prompt or message. */
  static String shorten(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() > 70 ? flat.substring(0, 69) + "…" : flat;
  }

  private void toggle(Row row) {
    boolean checking = row.status() == StepStatus.OPEN;
    String key = row.step().key();
    message.setText("");
    model.toggle(
        row,
        () -> {
          // Checking a step moves on; unchecking one stays to redo it.
          if (checking) {
            steps.revealNext();
          } else {
            steps.selectStep(key);
          }
        });
  }

  private void answer(Ask ask, Row row, String text) {
    String key = row.step().key();
    Runnable after =
        () -> {
          closePrompt();
          if (ask == Ask.SKIP) {
            steps.selectNextOr(key);
          } else {
            steps.selectStep(key);
          }
          steps.requestFocus();
        };
    switch (ask) {
      case SKIP:
        model.skip(row, text, after);
        break;
      case NOTE:
        model.annotate(row, text, after);
        break;
      default:
        model.assign(row, text, after);
        break;
    }
  }

  private void closePrompt() {
    model.problem().set("");
    prompt.close();
  }

  private void show(Checklist c) {
    header.show(c);
    if (c == null) {
      shownRunId = null;
      variables.clear();
      return;
    }
    runs.follow(c);
    if (c.run().id().equals(shownRunId)) {
      variables.refresh(c);
      return;
    }
    shownRunId = c.run().id();
    closePrompt();
    message.setText("");
    intro.show(c);
    variables.show(c);
  }
}
