package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.declareQuickly;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.onFx;
import static org.sitrep.app.shell.FxFlows.text;
import static org.sitrep.app.shell.FxFlows.timelineTexts;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.runbook.ChecklistViewModel.Row;
import org.sitrep.model.checklist.StepStatus;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.runbooks.library.SourceFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Working a runbook from the keyboard: Ctrl+R, attach, fill a variable, check, skip with a reason,
 * note; then a restart on the same data folder resumes the run exactly there.
 */
@ExtendWith(ApplicationExtension.class)
class ChecklistFlowTest {

  @TempDir Path dir;
  private Stage stage;
  private WindowFixture window;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = new WindowFixture(stage, dir, Optional.of("Alex Rivera"));
    new RunbookLibrary(window.session.workspace()).seedIfEmpty();
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  @Test
  void attachWorkTheChecklistAndResumeAfterARestart(FxRobot robot) throws Exception {
    declareQuickly(robot, "pg-2 out of disk");

    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#runbook-picker-words").tryQuery().isPresent());
    TextField words = robot.lookup("#runbook-picker-words").queryAs(TextField.class);
    eventually(() -> onFx(words::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("disk");
    // Looked up from the test thread; only the read happens on the FX thread.
    ListView<?> hits = robot.lookup("#runbook-picker-results").queryAs(ListView.class);
    eventually(
        () ->
            onFx(
                () ->
                    !hits.getItems().isEmpty()
                        && hits.getItems().get(0).toString().contains("db-out-of-disk")));
    robot.type(KeyCode.ENTER);

    eventually(() -> text(robot, "#checklist-title").equals("Database node out of disk"));
    assertThat(robot.lookup("#runbook-picker").tryQuery()).isEmpty();
    assertThat(text(robot, "#checklist-version")).isEqualTo("db-out-of-disk v1");
    ListView<Row> steps = steps(robot);
    eventually(() -> onFx(steps::isFocused));
    // The next step is selected: the first one of "Assess".
    assertThat(onFx(() -> steps.getSelectionModel().getSelectedIndex())).isEqualTo(1);

    // A variable: Enter saves it and the commands fill it in.
    TextField host = variableField(robot, "host");
    robot.clickOn(host);
    WaitForAsyncUtils.waitForFxEvents();
    robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    robot.write("pg-2.internal");
    robot.type(KeyCode.ENTER);
    eventually(
        () ->
            onFx(() -> steps.getItems().get(1).command().orElse("").contains("ssh pg-2.internal")));
    eventually(() -> onFx(steps::isFocused));

    // Space checks the selected step; the selection moves to the next one.
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.SPACE);
    eventually(() -> onFx(() -> steps.getItems().get(1).status() == StepStatus.DONE));
    eventually(() -> onFx(() -> steps.getSelectionModel().getSelectedIndex() == 2));

    // C copies the selected step's command with the variables filled.
    robot.type(KeyCode.C);
    eventually(() -> text(robot, "#checklist-message").startsWith("Copied: ssh pg-2.internal"));

    // S without a reason is refused in place; with one it skips.
    robot.type(KeyCode.S);
    TextField action = robot.lookup("#checklist-action-field").queryAs(TextField.class);
    eventually(() -> onFx(action::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#checklist-problem").contains("say why"));
    robot.write("journal already checked by on-call");
    robot.type(KeyCode.ENTER);
    eventually(() -> onFx(() -> steps.getItems().get(2).status() == StepStatus.SKIPPED));
    eventually(() -> onFx(steps::isFocused));
    assertThat(text(robot, "#checklist-problem")).isEmpty();

    // N writes a note on the selected (now next) step.
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> steps.getSelectionModel().getSelectedIndex())).isEqualTo(3);
    robot.type(KeyCode.N);
    eventually(() -> onFx(action::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("base/ is 80% of it");
    robot.type(KeyCode.ENTER);
    eventually(() -> onFx(() -> steps.getItems().get(3).notes().contains("base/ is 80% of it")));
    String progress = text(robot, "#checklist-progress");
    assertThat(progress).matches("1 of \\d+ done, 1 skipped");

    // The timeline picks the transitions up.
    eventually(() -> timelineTexts(robot).stream().anyMatch(t -> t.contains("Note on")));

    // Restart: a new window on the same data folder.
    String incidentId =
        window.session.workspace().read(dsl -> IncidentRepository.all(dsl)).get(0).id();
    window.close();
    window = WaitForAsyncUtils.asyncFx(() -> new WindowFixture(stage, dir, Optional.empty())).get();
    eventually(() -> text(robot, "#checklist-title").equals("Database node out of disk"));
    ListView<Row> resumed = steps(robot);
    eventually(() -> onFx(() -> resumed.getItems().size() > 3));
    assertThat(text(robot, "#checklist-progress")).isEqualTo(progress);
    assertThat(onFx(() -> resumed.getItems().get(1).status())).isEqualTo(StepStatus.DONE);
    assertThat(onFx(() -> resumed.getItems().get(2).status())).isEqualTo(StepStatus.SKIPPED);
    assertThat(onFx(() -> resumed.getItems().get(3).notes())).containsExactly("base/ is 80% of it");
    assertThat(onFx(() -> resumed.getItems().get(3).isNext())).isTrue();
    TextField resumedHost = variableField(robot, "host");
    eventually(() -> onFx(() -> resumedHost.getText().equals("pg-2.internal")));

    List<LogEntry> log =
        window.session.workspace().read(dsl -> LogRepository.timeline(dsl, incidentId));
    assertThat(log)
        .extracting(LogEntry::event)
        .containsSubsequence(
            EventCode.CHECKLIST_ATTACHED,
            EventCode.CHECKLIST_VARIABLE_SET,
            EventCode.CHECKLIST_STEP_DONE,
            EventCode.CHECKLIST_STEP_SKIPPED,
            EventCode.CHECKLIST_STEP_ANNOTATED);
    assertThat(log)
        .extracting(LogEntry::text)
        .anyMatch(t -> t.contains("host = pg-2.internal"))
        .anyMatch(t -> t.contains("Skipped:") && t.contains("journal already checked by on-call"))
        .anyMatch(t -> t.contains("base/ is 80% of it"));
  }

  @Test
  void stepTextShowsTheFilledVariableAndTheLogSaysItToo(FxRobot robot) {
    new RunbookLibrary(window.session.workspace())
        .importFiles(List.of(new SourceFile("release-rollback.md", ROLLBACK, "")), "test");
    declareQuickly(robot, "checkout returns 500s");
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#runbook-picker-words").tryQuery().isPresent());
    TextField words = robot.lookup("#runbook-picker-words").queryAs(TextField.class);
    eventually(() -> onFx(words::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("release-rollback");
    ListView<?> hits = robot.lookup("#runbook-picker-results").queryAs(ListView.class);
    eventually(
        () ->
            onFx(
                () ->
                    !hits.getItems().isEmpty()
                        && hits.getItems().get(0).toString().contains("release-rollback")));
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#checklist-title").equals("Roll back a release"));
    // Before the variable has a value the gap stays visible.
    eventually(() -> shownStepTexts(robot).stream().anyMatch(t -> t.contains("{{deployment}}")));

    TextField deployment = variableField(robot, "deployment");
    robot.clickOn(deployment);
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("checkout");
    robot.type(KeyCode.ENTER);
    eventually(
        () ->
            shownStepTexts(robot).stream()
                .anyMatch(t -> t.contains("Roll back checkout to the last good release")));
    assertThat(shownStepTexts(robot)).noneMatch(t -> t.contains("{{deployment}}"));
    ListView<Row> steps = steps(robot);
    assertThat(onFx(() -> steps.getItems().get(1).command().orElse("")))
        .isEqualTo("kubectl rollout undo deployment/checkout");

    eventually(() -> onFx(steps::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.SPACE);
    eventually(
        () ->
            timelineTexts(robot).stream()
                .anyMatch(t -> t.endsWith("Done: “Roll back checkout to the last good release”")));
    assertThat(timelineTexts(robot)).noneMatch(t -> t.contains("{{deployment}}"));

    // A link to another runbook reads as its name and opens the picker on it.
    eventually(
        () ->
            robot.lookup(".runbook-link").queryAllAs(javafx.scene.control.Hyperlink.class).stream()
                .anyMatch(h -> onFx(h::getText).equals("Database node out of disk")));
    assertThat(shownStepTexts(robot)).noneMatch(t -> t.contains("[["));
    javafx.scene.control.Hyperlink link =
        robot.lookup(".runbook-link").queryAs(javafx.scene.control.Hyperlink.class);
    onFx(
        () -> {
          link.fire();
          return true;
        });
    eventually(() -> robot.lookup("#runbook-picker-words").tryQuery().isPresent());
    TextField again = robot.lookup("#runbook-picker-words").queryAs(TextField.class);
    String typed = onFx(again::getText);
    assertThat(typed).isEqualTo("db-out-of-disk");
    ListView<?> offered = robot.lookup("#runbook-picker-results").queryAs(ListView.class);
    eventually(
        () ->
            onFx(
                () ->
                    !offered.getItems().isEmpty()
                        && offered.getItems().get(0).toString().contains("db-out-of-disk")));
  }

  /** What the step rows draw, read from their text nodes: what the commander sees. */
  private static List<String> shownStepTexts(FxRobot robot) {
    return onFx(
        () ->
            robot.lookup(".step-text").queryAll().stream()
                .map(
                    n ->
                        ((javafx.scene.Parent) n)
                            .lookupAll("Text").stream()
                                .map(t -> ((javafx.scene.text.Text) t).getText())
                                .reduce("", String::concat))
                .toList());
  }

  static final String ROLLBACK =
      """
      ---
      id: release-rollback
      title: Roll back a release
      version: 1
      owner: platform-team
      tags: [deploy, rollback]
      reviewed: 2026-11-20
      variables:
        - name: deployment
          description: The Kubernetes deployment that went bad
      ---

      # Roll back a release

      Use this when the last release broke a service.

      ## Roll back

      - [ ] Roll back {{deployment}} to the last good release
        ```sh
        kubectl rollout undo deployment/{{deployment}}
        ```
      - [ ] Watch the error rate of {{deployment}} fall back (verify)
      - [ ] If the database filled up meanwhile, work [[db-out-of-disk]] (optional)
      """;

  @Test
  void ctrlRWithoutAnIncidentSaysWhatToDo(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    eventually(() -> text(robot, "#status-message").contains("incident first"));
    assertThat(robot.lookup("#runbook-picker").tryQuery()).isEmpty();
  }

  /**
   * The variable fields sit inside a TitledPane whose skin adds them to the scene graph on the next
   * layout pulse, which can come after the steps are shown on a busy machine.
   */
  private static TextField variableField(FxRobot robot, String name) {
    String query = "#checklist-var-" + name;
    eventually(() -> robot.lookup(query).tryQuery().isPresent());
    return robot.lookup(query).queryAs(TextField.class);
  }

  @SuppressWarnings("unchecked")
  private static ListView<Row> steps(FxRobot robot) {
    return robot.lookup("#checklist-steps").queryAs(ListView.class);
  }
}
