package org.sitrep.app.shell;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.sitrep.model.log.LogEntry;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window flows share: reading nodes safely from the test thread and the few gestures every
 * flow starts with.
 */
final class FxFlows {

  private FxFlows() {}

  /**
   * How long a flow waits for the window to get somewhere. Generous on purpose: on a busy machine a
   * full build starves the FX thread for many seconds, and 10 s was once not enough (issue 23). A
   * condition that holds returns at once, so only a failing flow pays for the margin.
   */
  static final int LIMIT_SECONDS = 60;

  /** Polls from the test thread: TestFX lookups must not run on the FX thread, reads use onFx. */
  static void eventually(Supplier<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS, condition::get);
    } catch (TimeoutException e) {
      String focus =
          onFx(
              () ->
                  Window.getWindows().stream()
                      .map(w -> String.valueOf(w.getScene().getFocusOwner()))
                      .toList()
                      .toString());
      throw new AssertionError(
          "the window did not get there in " + LIMIT_SECONDS + " s; focus owners: " + focus, e);
    }
  }

  static <T> T onFx(Supplier<T> read) {
    return WaitForAsyncUtils.waitForAsyncFx(LIMIT_SECONDS * 1000L, read::get);
  }

  /** A label's text, or empty while the label is not in the scene. */
  static String text(FxRobot robot, String query) {
    return robot.lookup(query).tryQuery().map(n -> onFx(() -> ((Label) n).getText())).orElse("");
  }

  @SuppressWarnings("unchecked")
  static List<String> timelineTexts(FxRobot robot) {
    ListView<LogEntry> timeline = robot.lookup("#timeline").queryAs(ListView.class);
    return onFx(() -> timeline.getItems().stream().map(LogEntry::text).toList());
  }

  /** Ctrl+N, a title, Enter: an incident with every default, open in the window. */
  static void declareQuickly(FxRobot robot, String title) {
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#declare-title").tryQuery().isPresent());
    robot.write(title);
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#incident-title").equals(title));
  }

  /** Types one line into the quick entry and waits until the timeline shows it. */
  static void logLine(FxRobot robot, String line) {
    int before = timelineTexts(robot).size();
    TextField field = robot.lookup("#quick-entry").queryAs(TextField.class);
    eventually(() -> onFx(field::isFocused));
    // Let focus settle after an overlay closes: the robot types faster than any person.
    WaitForAsyncUtils.waitForFxEvents();
    robot.write(line);
    robot.type(KeyCode.ENTER);
    eventually(() -> timelineTexts(robot).size() > before && onFx(() -> field.getText().isEmpty()));
  }
}
