package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.declareQuickly;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.onFx;
import static org.sitrep.app.shell.FxFlows.text;
import static org.sitrep.app.shell.FxFlows.timelineTexts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.console.OutputLine;
import org.sitrep.app.runbook.ChecklistViewModel.Row;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.runbooks.exec.OpenSshServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A checklist step's command run on a host from the window: R sends it to the console, the host is
 * chosen, Enter runs it over SSH (a real sshd on 127.0.0.1), the output streams in, and the
 * timeline shows the intent and then the result.
 */
@ExtendWith(ApplicationExtension.class)
class CommandFlowTest {

  private static final String RUNBOOK =
      """
      ---
      id: disk-check
      title: Sample disk use on a node
      version: 1
      owner: sre
      reviewed: 2026-11-01
      variables:
        - name: mount
          description: The mount point to check
          default: /
      ---
      # Sample disk use on a node

      ## Look

      - [ ] Print the disk use, slowly
        ```sh
        for i in 1 2 3 4 5 6; do echo "sample $i"; sleep 0.4; done; df -P {{mount}} | tail -1
        ```
      """;

  @TempDir static Path serverDir;
  static OpenSshServer sshd;

  @TempDir Path dir;
  private WindowFixture window;

  @BeforeAll
  static void startServer() throws Exception {
    sshd = OpenSshServer.start(serverDir.resolve("sshd"));
  }

  @AfterAll
  static void stopServer() {
    if (sshd != null) {
      sshd.close();
    }
  }

  @Start
  void start(Stage stage) throws Exception {
    window = new WindowFixture(stage, dir, Optional.of("Alex Rivera"));
    window.session.hosts().save(sshd.host("app-1"));
    Path runbook = dir.resolve("disk-check.md");
    Files.writeString(runbook, RUNBOOK);
    window.session.runbooks().importPaths(List.of(runbook), "Alex Rivera");
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void runAStepsCommandOnAHostAndSeeIntentAndResultInTheTimeline(FxRobot robot) {
    declareQuickly(robot, "checkout latency");
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#runbook-picker-words").tryQuery().isPresent());
    TextField words = robot.lookup("#runbook-picker-words").queryAs(TextField.class);
    eventually(() -> onFx(words::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("sample");
    ListView<?> hits = robot.lookup("#runbook-picker-results").queryAs(ListView.class);
    eventually(
        () ->
            onFx(
                () ->
                    !hits.getItems().isEmpty()
                        && hits.getItems().get(0).toString().contains("disk-check")));
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#checklist-title").equals("Sample disk use on a node"));
    ListView<Row> steps = robot.lookup("#checklist-steps").queryAs(ListView.class);
    eventually(() -> onFx(steps::isFocused));
    WaitForAsyncUtils.waitForFxEvents();

    // R sends the selected step's command, variables filled, to the console; nothing runs yet.
    robot.type(KeyCode.R);
    TextField command = robot.lookup("#console-command").queryAs(TextField.class);
    eventually(() -> onFx(() -> command.getText().contains("df -P / | tail -1")));
    eventually(() -> onFx(command::isFocused));

    // Choose the host from the list the console loaded from the inventory (the arrow opens it).
    robot.clickOn(robot.lookup("#console-target .arrow-button").queryAs(javafx.scene.Node.class));
    eventually(
        () ->
            robot
                .lookup(n -> n instanceof ListCell<?> c && "app-1".equals(c.getText()))
                .tryQuery()
                .isPresent());
    robot.clickOn(
        robot
            .lookup(n -> n instanceof ListCell<?> c && "app-1".equals(c.getText()))
            .queryAs(ListCell.class));
    eventually(
        () ->
            onFx(
                () ->
                    "app-1"
                        .equals(
                            robot
                                .lookup("#console-target")
                                .queryAs(javafx.scene.control.ComboBox.class)
                                .getValue())));
    robot.clickOn(command);
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.ENTER);

    // While it runs: the output streams in and the timeline already has the intent.
    ListView<OutputLine> output = robot.lookup("#console-output").queryAs(ListView.class);
    eventually(
        () ->
            onFx(
                () ->
                    output.getItems().stream().anyMatch(l -> l.text().equals("sample 2"))
                        && output.getItems().stream().noneMatch(l -> l.text().equals("sample 6"))));
    eventually(() -> timelineTexts(robot).stream().anyMatch(t -> t.contains("$ for i in 1 2 3")));
    assertThat(robot.lookup("#console-stop").queryButton().isVisible()).isTrue();

    // At the end: the result, with the exit code, in the console and in the timeline.
    eventually(() -> text(robot, "#console-status").startsWith("exit 0 after"));
    assertThat(onFx(() -> output.getItems().stream().map(OutputLine::text).toList()))
        .contains("sample 1", "sample 6")
        .anyMatch(l -> l.endsWith(" /"));
    eventually(() -> timelineTexts(robot).stream().anyMatch(t -> t.startsWith("exit 0 after")));
    // The intent no longer says "running…" once its result is in.
    eventually(
        () ->
            robot.lookup(".command-state").queryAllAs(javafx.scene.control.Label.class).stream()
                .noneMatch(l -> onFx(() -> l.isVisible() && !l.getText().isEmpty())));

    String incidentId =
        window.session.workspace().read(dsl -> IncidentRepository.all(dsl)).get(0).id();
    List<LogEntry> log =
        window.session.workspace().read(dsl -> LogRepository.timeline(dsl, incidentId));
    LogEntry intent =
        log.stream().filter(e -> e.event() == EventCode.COMMAND_STARTED).findFirst().orElseThrow();
    assertThat(intent.text()).contains("on app-1 (").contains("from runbook disk-check v1, step");
    assertThat(log)
        .extracting(LogEntry::event)
        .containsSubsequence(EventCode.COMMAND_STARTED, EventCode.COMMAND_SUCCEEDED);
  }

  @Test
  void aQuickLocalCommandFromTheConsoleSettlesInTheTimeline(FxRobot robot) {
    declareQuickly(robot, "cache misses");
    robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
    TextField command = robot.lookup("#console-command").queryAs(TextField.class);
    eventually(() -> onFx(command::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("echo quick");
    robot.type(KeyCode.ENTER);

    eventually(() -> text(robot, "#console-status").startsWith("exit 0 after"));
    eventually(() -> timelineTexts(robot).stream().anyMatch(t -> t.startsWith("exit 0 after")));
    eventually(
        () ->
            robot.lookup(".command-state").queryAllAs(javafx.scene.control.Label.class).stream()
                .noneMatch(l -> onFx(() -> l.isVisible() && !l.getText().isEmpty())));
  }
}
