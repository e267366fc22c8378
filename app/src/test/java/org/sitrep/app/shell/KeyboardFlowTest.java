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
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard model of docs/keyboard.md through the real window: every overlay and every view over
 * the timeline closes with Esc and gives the focus back to where it was, Tab never leaves an open
 * card, Ctrl+Enter declares from the multi-line Description, and Tab completion on the entry line
 * never moves the focus (so the next Enter logs the line instead of pressing a button).
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFlowTest {

  @TempDir Path dir;
  private WindowFixture window;

  private final java.util.List<String> focusMoves =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  @Start
  void start(Stage stage) {
    window = new WindowFixture(stage, dir, Optional.of("Alex Rivera"));
    // On a failure, where the focus went and who sent it there.
    stage
        .getScene()
        .focusOwnerProperty()
        .addListener(
            (o, was, now) -> {
              StringBuilder who = new StringBuilder(String.valueOf(now)).append(" from");
              for (StackTraceElement e : new Throwable().getStackTrace()) {
                if (e.getClassName().startsWith("org.sitrep")) {
                  who.append(' ')
                      .append(e.getClassName().replaceAll(".*\\.", ""))
                      .append(':')
                      .append(e.getLineNumber());
                }
              }
              focusMoves.add(who.toString());
            });
  }

  private void eventuallyFocused(Node node) {
    try {
      eventually(() -> onFx(node::isFocused));
    } catch (AssertionError e) {
      int from = Math.max(0, focusMoves.size() - 8);
      throw new AssertionError(
          e.getMessage() + "; last focus moves: " + focusMoves.subList(from, focusMoves.size()), e);
    }
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  /**
   * The shortcut that opens it and what shows while it is open; a card over the window is modal
   * (Tab stays in it), a view in place of the timeline is not (the incident list stays usable).
   */
  private record Cover(String name, KeyCode[] keys, String shown, boolean modal) {}

  private static Cover cover(String name, String shown, KeyCode... keys) {
    return new Cover(name, keys, shown, true);
  }

  private static Cover view(String name, String shown, KeyCode... keys) {
    return new Cover(name, keys, shown, false);
  }

  @Test
  void escClosesEveryOverlayAndTheFocusComesBack(FxRobot robot) {
    declareQuickly(robot, "Checkout 502s");
    TextField entry = robot.lookup("#quick-entry").queryAs(TextField.class);
    ListView<?> timeline = robot.lookup("#timeline").queryAs(ListView.class);
    List<Cover> covers =
        List.of(
            cover("shortcut sheet", "#shortcut-sheet", KeyCode.F1),
            cover("declare", "#declare-form", KeyCode.CONTROL, KeyCode.N),
            cover("log search", "#log-search", KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F),
            cover("runbook picker", "#runbook-picker", KeyCode.CONTROL, KeyCode.R),
            cover("people", "#people", KeyCode.CONTROL, KeyCode.P),
            cover("vault", "#vault-view", KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V),
            cover("drill start", "#drill-start", KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G),
            cover("sync conflicts", "#conflicts", KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O),
            view("managers' view", "#managers-view", KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M),
            view("postmortem", "#postmortem-view", KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P));
    for (Cover c : covers) {
      // From the entry line, and from the timeline: the focus goes back to each.
      for (Node from : List.<Node>of(entry, timeline)) {
        focus(robot, from);
        open(robot, c);
        if (c.modal()) {
          tabStaysInside(robot, c);
        }
        robot.type(KeyCode.ESCAPE);
        eventually(() -> robot.lookup(c.shown()).tryQuery().isEmpty());
        try {
          eventually(() -> onFx(from::isFocused));
        } catch (AssertionError e) {
          throw new AssertionError(c.name() + " closed: " + e.getMessage(), e);
        }
      }
    }

    // People on the "On call now" pane (Ctrl+P twice): Esc closes it too.
    focus(robot, entry);
    open(robot, cover("people", "#people", KeyCode.CONTROL, KeyCode.P));
    press(robot, KeyCode.CONTROL, KeyCode.P);
    Node onCall = robot.lookup("#oncall-list").query();
    eventually(() -> onFx(onCall::isVisible));
    robot.type(KeyCode.ESCAPE);
    eventually(() -> robot.lookup("#people").tryQuery().isEmpty());
    eventually(() -> onFx(entry::isFocused));
  }

  @Test
  void theScorecardKeepsTheFocusAndEscGivesItBackToTheInjects(FxRobot robot) {
    press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
    ListView<?> scenarios = robot.lookup("#drill-start-scenarios").queryAs(ListView.class);
    eventually(() -> onFx(scenarios::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#incident-title").startsWith("Drill: "));
    ListView<?> injects = robot.lookup("#drill-injects").queryAs(ListView.class);
    eventuallyFocused(injects);
    WaitForAsyncUtils.waitForFxEvents();

    robot.type(KeyCode.C);
    eventually(() -> robot.lookup("#scorecard").tryQuery().isPresent());
    tabStaysInside(robot, cover("scorecard", "#scorecard"));
    robot.type(KeyCode.ESCAPE);
    eventually(() -> robot.lookup("#scorecard").tryQuery().isEmpty());
    eventuallyFocused(injects);
  }

  @Test
  void ctrlEnterDeclaresFromTheDescriptionWhereEnterStartsANewLine(FxRobot robot) {
    press(robot, KeyCode.CONTROL, KeyCode.N);
    TextField title = robot.lookup("#declare-title").queryAs(TextField.class);
    eventually(() -> onFx(title::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("Payments API down");
    TextArea description = robot.lookup("#declare-description").queryAs(TextArea.class);
    robot.clickOn("#declare-description");
    eventually(() -> onFx(description::isFocused));
    robot.write("first line");
    robot.type(KeyCode.ENTER);
    robot.write("second line");
    eventually(() -> onFx(description::getText).equals("first line\nsecond line"));
    assertThat(robot.lookup("#declare-form").tryQuery()).as("Enter in Description").isPresent();

    press(robot, KeyCode.CONTROL, KeyCode.ENTER);
    eventually(() -> text(robot, "#incident-title").equals("Payments API down"));
    assertThat(robot.lookup("#declare-form").tryQuery()).isEmpty();
    var declared = window.session.workspace().read(IncidentRepository::all).get(0);
    assertThat(declared.description()).isEqualTo("first line\nsecond line");
  }

  @Test
  void tabCompletesOnTheEntryLineAndEnterThenLogsTheLine(FxRobot robot) {
    declareQuickly(robot, "Checkout 502s");
    TextField entry = robot.lookup("#quick-entry").queryAs(TextField.class);
    eventually(() -> onFx(entry::isFocused));
    WaitForAsyncUtils.waitForFxEvents();

    robot.write("/status ide");
    robot.type(KeyCode.TAB);
    eventually(() -> onFx(entry::getText).equals("/status identified"));
    assertThat(onFx(entry::isFocused)).as("focus after Tab").isTrue();
    robot.type(KeyCode.ENTER);
    eventually(() -> timelineTexts(robot).stream().anyMatch(t -> t.contains("identified")));
    assertThat(robot.lookup("#declare-form").tryQuery()).as("no Declare dialog").isEmpty();

    eventually(() -> onFx(entry::getText).isEmpty());
    robot.write("/mil");
    robot.type(KeyCode.TAB);
    eventually(() -> onFx(entry::getText).equals("/milestone "));
    robot.write("mit");
    robot.type(KeyCode.TAB);
    eventually(() -> onFx(entry::getText).equals("/milestone mitigated "));
    assertThat(onFx(entry::isFocused)).as("focus after the second Tab").isTrue();
    robot.type(KeyCode.ENTER);
    eventually(() -> timelineTexts(robot).stream().anyMatch(t -> t.contains("mitigated")));
    assertThat(robot.lookup("#declare-form").tryQuery()).as("no Declare dialog").isEmpty();
  }

  private void open(FxRobot robot, Cover c) {
    try {
      press(robot, c.keys());
      eventually(() -> robot.lookup(c.shown()).tryQuery().isPresent());
      Node card = robot.lookup(c.shown()).query();
      eventually(() -> onFx(() -> focusInside(card)));
      WaitForAsyncUtils.waitForFxEvents();
    } catch (AssertionError e) {
      int from = Math.max(0, focusMoves.size() - 8);
      throw new AssertionError(
          c.name()
              + ": "
              + e.getMessage()
              + "; last focus moves: "
              + focusMoves.subList(from, focusMoves.size()),
          e);
    }
  }

  /** Tab a dozen times, both ways: the focus never leaves the card or view. */
  private static void tabStaysInside(FxRobot robot, Cover c) {
    Node card = robot.lookup(c.shown()).query();
    for (int i = 0; i < 12; i++) {
      if (i < 8) {
        robot.type(KeyCode.TAB);
      } else {
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
      }
      WaitForAsyncUtils.waitForFxEvents();
      eventually(() -> onFx(() -> focusInside(card)));
    }
  }

  private static boolean focusInside(Node card) {
    if (card.getScene() == null) {
      return false;
    }
    for (Node at = card.getScene().getFocusOwner(); at != null; at = at.getParent()) {
      if (at == card) {
        return true;
      }
    }
    return false;
  }

  private static void focus(FxRobot robot, Node node) {
    WaitForAsyncUtils.asyncFx(node::requestFocus);
    eventually(() -> onFx(node::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void press(FxRobot robot, KeyCode... keys) {
    robot.press(keys);
    KeyCode[] reversed = new KeyCode[keys.length];
    for (int i = 0; i < keys.length; i++) {
      reversed[i] = keys[keys.length - 1 - i];
    }
    robot.release(reversed);
  }
}
