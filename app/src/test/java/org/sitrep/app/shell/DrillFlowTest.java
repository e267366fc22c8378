package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.sitrep.app.console.OutputLine;
import org.sitrep.app.drill.InjectRow;
import org.sitrep.app.drill.ScorecardViewModel;
import org.sitrep.model.drill.InjectStatus;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table-top drill through the real window: start it from a starter scenario, release an inject as
 * the facilitator and see it in the timeline, run a checklist step's command (simulated: the
 * scenario's output, no process), end the drill and read the scorecard.
 */
@ExtendWith(ApplicationExtension.class)
class DrillFlowTest {

  @TempDir Path dir;
  private WindowFixture window;

  @Start
  void start(Stage stage) {
    window = new WindowFixture(stage, dir, Optional.of("Dana Okafor"));
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void startReleasePlaySimulatedEndAndReadTheScorecard(FxRobot robot) {
    // Start: Ctrl+Shift+G, the first starter (database-out-of-disk) is chosen, Enter.
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G)
        .release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#drill-start-scenarios").tryQuery().isPresent());
    ListView<?> scenarios = robot.lookup("#drill-start-scenarios").queryAs(ListView.class);
    eventually(() -> onFx(scenarios::isFocused));
    assertThat(onFx(() -> scenarios.getSelectionModel().getSelectedItem().toString()))
        .contains("database-out-of-disk");
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.ENTER);
    eventually(
        () ->
            text(robot, "#incident-title").equals("Drill: The payments database runs out of disk"));
    // The T+0 alert arrives on its own; the facilitator's panel shows the clock.
    eventually(() -> timelineTexts(robot).stream().anyMatch(t -> t.contains("DiskAlmostFull")));
    eventually(() -> text(robot, "#drill-clock").startsWith("T+00:0"));
    assertThat(text(robot, "#drill-title")).startsWith("Drill: ");

    // The facilitator is on the injects, on the next pending one (writes failing, due at T+4m):
    // Enter releases it now.
    ListView<InjectRow> injects = robot.lookup("#drill-injects").queryAs(ListView.class);
    eventually(() -> onFx(injects::isFocused));
    eventually(
        () ->
            onFx(
                () ->
                    "writes-failing"
                        .equals(injects.getSelectionModel().getSelectedItem().injectId())));
    // The whole inject, not the list's one line, is there to read before releasing it.
    javafx.scene.control.Label detail =
        robot.lookup("#drill-inject-detail").queryAs(javafx.scene.control.Label.class);
    eventually(() -> onFx(() -> detail.getText().contains("could not extend file")));
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.ENTER);
    eventually(() -> timelineTexts(robot).stream().anyMatch(t -> t.contains("Checkout API: 5xx")));
    eventually(
        () ->
            onFx(
                () ->
                    injects.getItems().stream()
                        .anyMatch(
                            r ->
                                r.injectId().equals("writes-failing")
                                    && r.status() == InjectStatus.RELEASED)));

    // Shift+D holds the selected inject back ten minutes instead of two.
    onFx(
        () -> {
          for (int i = 0; i < injects.getItems().size(); i++) {
            if (injects.getItems().get(i).injectId().equals("finance-asks")) {
              injects.getSelectionModel().select(i);
            }
          }
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot.press(KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT);
    javafx.scene.control.Label said =
        robot.lookup("#drill-message").queryAs(javafx.scene.control.Label.class);
    eventually(() -> onFx(() -> said.getText().equals("Delayed finance-asks by 10 min")));

    // Attach the scenario's runbook and send its first step's command to the console: R, Enter.
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#runbook-picker-words").tryQuery().isPresent());
    TextField words = robot.lookup("#runbook-picker-words").queryAs(TextField.class);
    eventually(() -> onFx(words::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("disk");
    ListView<?> hits = robot.lookup("#runbook-picker-results").queryAs(ListView.class);
    eventually(
        () ->
            onFx(
                () ->
                    !hits.getItems().isEmpty()
                        && hits.getItems().get(0).toString().contains("db-out-of-disk")));
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#checklist-title").equals("Database node out of disk"));
    ListView<?> steps = robot.lookup("#checklist-steps").queryAs(ListView.class);
    eventually(() -> onFx(steps::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.R);
    TextField command = robot.lookup("#console-command").queryAs(TextField.class);
    eventually(() -> onFx(() -> command.getText().contains("df -h")));
    robot.clickOn(command);
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.ENTER);

    // The scenario's output, marked SIMULATED; the log says so and no process ever ran.
    ListView<OutputLine> output = robot.lookup("#console-output").queryAs(ListView.class);
    eventually(
        () ->
            onFx(
                () ->
                    output.getItems().stream()
                        .anyMatch(
                            l -> l.text().startsWith("SIMULATED │") && l.text().contains("499G"))));
    String id = window.session.workspace().read(dsl -> IncidentRepository.all(dsl)).get(0).id();
    eventually(() -> events(id).contains(EventCode.COMMAND_SIMULATED));
    assertThat(events(id)).doesNotContain(EventCode.COMMAND_SUCCEEDED, EventCode.COMMAND_FAILED);

    // End: Ctrl+G, E, E; the scorecard opens over the window.
    robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
    eventually(() -> onFx(injects::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.E);
    eventually(() -> text(robot, "#drill-message").startsWith("End the drill?"));
    robot.type(KeyCode.E);
    eventually(() -> robot.lookup("#scorecard-title").tryQuery().isPresent());
    assertThat(text(robot, "#scorecard-title"))
        .isEqualTo("DRILL scorecard — The payments database runs out of disk");
    ListView<ScorecardViewModel.Line> lines =
        robot.lookup("#scorecard-lines").queryAs(ListView.class);
    List<ScorecardViewModel.Line> shown = onFx(() -> List.copyOf(lines.getItems()));
    assertThat(shown)
        .anyMatch(l -> l.name().equals("Time to declare"))
        .anyMatch(l -> l.name().startsWith("writes-failing"));
    assertThat(events(id)).contains(EventCode.DRILL_ENDED);
    assertThat(text(robot, "#drill-clock")).contains("ENDED");
  }

  private List<EventCode> events(String incidentId) {
    return window.session.workspace().read(dsl -> LogRepository.timeline(dsl, incidentId)).stream()
        .map(LogEntry::event)
        .toList();
  }
}
