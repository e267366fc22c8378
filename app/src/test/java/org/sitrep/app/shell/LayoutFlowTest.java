package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sitrep.app.shell.FxFlows.declareQuickly;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.logLine;
import static org.sitrep.app.shell.FxFlows.onFx;
import static org.sitrep.app.shell.FxFlows.text;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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
 * The window on a laptop screen (1280×720, then 1366×768): a long-titled incident with a checklist
 * open, the shortcut sheet, the managers' view, a refused /status line and a drill with its
 * facilitator and scorecard. Every one is checked by {@link LayoutChecks}: nothing cut short with
 * "…", nothing past the window's edge, no list scrolling sideways, no row drawn over the next.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutFlowTest {

  private static final String TITLE =
      "Checkout returns 502 for card payments in eu-west-1 after the gateway deploy";

  @TempDir Path dir;
  private Stage stage;
  private WindowFixture window;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    // Where this workspace's list divider was left last time.
    java.nio.file.Files.writeString(dir.resolve("ui.properties"), "divider.list=0.3\n");
    window = new WindowFixture(stage, dir, Optional.of("Alex Rivera"), 1280, 720);
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  @Test
  void anIncidentWithItsChecklistF1AndTheManagersViewFitALaptop(FxRobot robot) {
    declareQuickly(robot, TITLE);
    declareQuickly(robot, "Search latency above SLO");
    robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
    eventually(() -> text(robot, "#incident-title").equals(TITLE));
    for (String line :
        List.of(
            "Payments gateway dashboard shows connection resets to the card processor since 14:02",
            "/decision Roll back checkout-api to the previous release on every pod in eu-west-1",
            "/comms Status page updated: degraded card payments, next update in 30 minutes",
            "Error rate down to 12% after the first half of the pods rolled back")) {
      logLine(robot, line);
    }
    attachRunbook(robot, "rollback");

    for (double[] size : new double[][] {{1280, 720}, {1366, 768}}) {
      resize(size[0], size[1]);
      ListView<?> timeline = robot.lookup("#timeline").queryAs(ListView.class);
      eventually(() -> onFx(() -> timeline.getHeight()) >= 200);
      laidOutWell(robot, "incident with its checklist at " + (int) size[0]);
      assertInside(robot, "#checklist-progress");
      assertInside(robot, "#quick-entry");
      assertInside(robot, "#status-message");

      // A refused /status says which values are allowed: all of them, wrapped, in view.
      TextField entry = robot.lookup("#quick-entry").queryAs(TextField.class);
      WaitForAsyncUtils.asyncFx(entry::requestFocus);
      eventually(() -> onFx(entry::isFocused));
      WaitForAsyncUtils.waitForFxEvents();
      robot.write("/status");
      robot.type(KeyCode.ENTER);
      eventually(() -> text(robot, "#quick-entry-error").contains("closed"));
      laidOutWell(robot, "refused /status at " + (int) size[0]);
      assertInside(robot, "#quick-entry-error");
      robot.type(KeyCode.ESCAPE);

      robot.type(KeyCode.F1);
      eventually(() -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
      laidOutWell(robot, "F1 at " + (int) size[0]);
      Button close = robot.lookup("#shortcut-sheet .button").queryAs(Button.class);
      assertInside(close);
      assertThat(onFx(() -> robot.lookup("#shortcut-scroll").query().isVisible())).isTrue();
      robot.type(KeyCode.ESCAPE);
      eventually(() -> robot.lookup("#shortcut-sheet").tryQuery().isEmpty());

      robot
          .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M)
          .release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
      eventually(() -> robot.lookup("#managers-view").tryQuery().isPresent());
      laidOutWell(robot, "managers' view at " + (int) size[0]);
      robot.type(KeyCode.ESCAPE);
      eventually(() -> robot.lookup("#managers-view").tryQuery().isEmpty());
    }
  }

  @Test
  void theListDividerIsWhereThisWorkspaceLeftIt(FxRobot robot) {
    javafx.scene.control.SplitPane split =
        robot.lookup("#main-split").queryAs(javafx.scene.control.SplitPane.class);
    eventually(() -> onFx(() -> split.getItems().get(0).getLayoutBounds().getWidth()) > 0);
    assertThat(onFx(() -> split.getDividerPositions()[0])).isCloseTo(0.3, within(0.01));
    double listWidth =
        onFx(() -> ((javafx.scene.layout.Region) split.getItems().get(0)).getWidth());
    assertThat(listWidth).isBetween(0.3 * 1280 - 10, 0.3 * 1280 + 10);
  }

  @Test
  void aDrillWithItsFacilitatorAndScorecardFitsALaptop(FxRobot robot) {
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G)
        .release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
    ListView<?> scenarios = robot.lookup("#drill-start-scenarios").queryAs(ListView.class);
    eventually(() -> onFx(scenarios::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#incident-title").startsWith("Drill: "));
    ListView<?> injects = robot.lookup("#drill-injects").queryAs(ListView.class);
    eventually(() -> onFx(() -> injects.getItems().size()) > 2);
    laidOutWell(robot, "drill facilitator");

    eventually(() -> onFx(injects::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.C);
    eventually(() -> robot.lookup("#scorecard").tryQuery().isPresent());
    ListView<?> lines = robot.lookup("#scorecard-lines").queryAs(ListView.class);
    eventually(() -> onFx(() -> lines.getItems().size()) > 5);
    laidOutWell(robot, "drill scorecard");
  }

  private void attachRunbook(FxRobot robot, String words) {
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    TextField field = robot.lookup("#runbook-picker-words").queryAs(TextField.class);
    eventually(() -> onFx(field::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write(words);
    ListView<?> hits = robot.lookup("#runbook-picker-results").queryAs(ListView.class);
    eventually(() -> onFx(() -> !hits.getItems().isEmpty()));
    robot.type(KeyCode.ENTER);
    eventually(() -> robot.lookup("#runbook-picker").tryQuery().isEmpty());
    eventually(() -> onFx(() -> robot.lookup("#checklist-panel").query().isVisible()));
  }

  private void resize(double width, double height) {
    WaitForAsyncUtils.asyncFx(
        () -> {
          stage.setWidth(width + stage.getWidth() - stage.getScene().getWidth());
          stage.setHeight(height + stage.getHeight() - stage.getScene().getHeight());
        });
    eventually(
        () ->
            onFx(
                () ->
                    Math.abs(stage.getScene().getWidth() - width) < 1
                        && Math.abs(stage.getScene().getHeight() - height) < 1));
  }

  /** Waits for the layout to settle (lists fill in on later pulses), then checks it. */
  private void laidOutWell(FxRobot robot, String what) {
    WaitForAsyncUtils.waitForFxEvents();
    List<String>[] last = new List[1];
    try {
      eventually(
          () -> {
            last[0] = onFx(() -> LayoutChecks.problems(stage.getScene().getRoot()));
            return last[0].isEmpty();
          });
    } catch (AssertionError e) {
      assertThat(last[0]).as(what).isEmpty();
    }
  }

  private void assertInside(FxRobot robot, String query) {
    assertInside(robot.lookup(query).query());
  }

  private void assertInside(Node node) {
    Bounds b = onFx(() -> node.localToScene(node.getLayoutBounds()));
    double w = onFx(() -> stage.getScene().getWidth());
    double h = onFx(() -> stage.getScene().getHeight());
    assertThat(b.getMinX()).as(node + " left").isGreaterThanOrEqualTo(0);
    assertThat(b.getMinY()).as(node + " top").isGreaterThanOrEqualTo(0);
    assertThat(b.getMaxX()).as(node + " right").isLessThanOrEqualTo(w + 1);
    assertThat(b.getMaxY()).as(node + " bottom").isLessThanOrEqualTo(h + 1);
    assertThat(onFx(() -> b.getWidth() > 0 && b.getHeight() > 0)).as(node + " shown").isTrue();
  }
}
