package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.logLine;
import static org.sitrep.app.shell.FxFlows.onFx;
import static org.sitrep.app.shell.FxFlows.text;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The figures of issue 23 through the real window: what is typed at declare (description, when the
 * impact started) shows in the header and fills the postmortem figures, and the managers' charts
 * say why they are empty instead of drawing an empty plot.
 */
@ExtendWith(ApplicationExtension.class)
class FiguresFlowTest {

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
  void declaredDescriptionAndStartFillTheHeaderAndThePostmortem(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#declare-title").tryQuery().isPresent());
    robot.write("Checkout API 502s");
    robot.clickOn("#declare-description");
    robot.write("A third of checkout requests fail since the 09:40 deploy");
    robot.clickOn("#declare-started");
    robot.write("-20m");
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#incident-title").equals("Checkout API 502s"));

    assertThat(text(robot, "#incident-description"))
        .isEqualTo("A third of checkout requests fail since the 09:40 deploy");
    eventually(
        () ->
            robot.lookup("#incident-milestones .milestone-chip.set").queryAll().stream()
                .anyMatch(
                    n ->
                        onFx(() -> ((javafx.scene.control.Label) n).getText())
                            .startsWith("● started ")));

    logLine(robot, "/status resolved");
    WaitForAsyncUtils.waitForFxEvents();
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P)
        .release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> text(robot, "#pm-state").equals("DRAFT"));
    TextArea editor = robot.lookup("#pm-editor").queryAs(TextArea.class);
    String md = onFx(editor::getText);
    assertThat(md)
        .contains("| Description | A third of checkout requests fail since the 09:40 deploy |")
        .containsPattern("- Time to detect \\(started → declared\\): 20 min 0\\d s — measured to")
        .containsPattern("- Time to resolve \\(started → resolved\\): 20 min 0\\d s\\n");
  }

  @Test
  void emptyManagersChartsSayWhy(FxRobot robot) {
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M)
        .release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#managers-view").tryQuery().isPresent());
    eventually(() -> !text(robot, "#managers-times-missing").isEmpty());

    assertThat(text(robot, "#managers-times-missing"))
        .isEqualTo(
            "No data: no real incidents declared in the last 12 months (drills are not"
                + " counted).");
    Node reason = robot.lookup("#managers-per-month-missing").query();
    assertThat(onFx(reason::isVisible)).isTrue();
    StackedBarChart<?, ?> chart =
        robot.lookup(".chart").queryAllAs(StackedBarChart.class).iterator().next();
    assertThat(onFx(chart::isVisible)).as("the empty plot is hidden behind its reason").isFalse();
  }
}
