package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.declareQuickly;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.logLine;
import static org.sitrep.app.shell.FxFlows.onFx;
import static org.sitrep.app.shell.FxFlows.text;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.report.ManagersViewModel;
import org.sitrep.model.log.LogEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The postmortem through the real window: Ctrl+Shift+P drafts it, follow a line back to its log
 * entry, edit a section, save, request review, be refused approving as the author, approve as the
 * second user, and find it approved on the managers' view (Ctrl+Shift+M).
 */
@ExtendWith(ApplicationExtension.class)
class PostmortemFlowTest {

  static final String PROMPT = "_To fill: what happened, in three sentences a manager can read_";

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
  void generateEditRequestReviewApproveAsASecondUserAndSeeItOnTheManagersView(FxRobot robot) {
    declareQuickly(robot, "Checkout API 502s");
    logLine(robot, "/decision Roll back release 2026.11.3");

    // Ctrl+Shift+P on an incident without a postmortem drafts one from the log.
    postmortem(robot);
    eventually(() -> text(robot, "#pm-state").equals("DRAFT"));
    assertThat(text(robot, "#pm-message"))
        .isEqualTo("Drafted from the log: fill the prose sections, then request a review");
    TextArea draft = robot.lookup("#pm-editor").queryAs(TextArea.class);
    eventually(() -> onFx(draft::getText).contains("Roll back release 2026.11.3"));

    // A generated line leads back to its entry in the timeline.
    // The rendered view is rebuilt shortly after each change: a link found a moment ago may have
    // left the scene by the time it is clicked, so look it up and click it again until it works.
    eventually(
        () -> {
          if (robot.lookup("#timeline").tryQuery().map(n -> onFx(n::isVisible)).orElse(false)) {
            return true;
          }
          try {
            Hyperlink first = robot.lookup("#pm-rendered .md-link").queryAs(Hyperlink.class);
            if (first == null || first.getScene() == null) {
              return false;
            }
            robot.clickOn(first);
          } catch (RuntimeException stale) {
            return false;
          }
          return false;
        });
    ListView<LogEntry> timeline = robot.lookup("#timeline").queryAs(ListView.class);
    eventually(() -> onFx(() -> timeline.getSelectionModel().getSelectedItem() != null));
    assertThat(onFx(() -> timeline.getSelectionModel().getSelectedItem().text()))
        .startsWith("Declared");

    postmortem(robot);
    eventually(() -> text(robot, "#pm-state").equals("DRAFT"));
    TextArea editor = robot.lookup("#pm-editor").queryAs(TextArea.class);
    robot.clickOn(editor);
    onFx(
        () -> {
          int at = editor.getText().indexOf(PROMPT);
          editor.selectRange(at, at + PROMPT.length());
          return null;
        });
    robot.write("A bad release broke checkout for 20 minutes.");
    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    eventually(() -> text(robot, "#pm-message").equals("Saved revision 2"));

    robot.clickOn("#pm-reviewers");
    robot.write("Sam Lee");
    robot.clickOn("#pm-request");
    eventually(() -> text(robot, "#pm-state").equals("IN REVIEW"));

    robot.clickOn("#pm-approve");
    eventually(() -> text(robot, "#pm-problem").contains("Dana Okafor is not a reviewer"));
    TextField approveAs = robot.lookup("#pm-approve-as").queryAs(TextField.class);
    robot.doubleClickOn(approveAs);
    onFx(
        () -> {
          approveAs.selectAll();
          return null;
        });
    robot.write("Sam Lee");
    robot.clickOn("#pm-approve");
    eventually(() -> text(robot, "#pm-state").equals("APPROVED"));
    assertThat(text(robot, "#pm-message")).isEqualTo("Approved by Sam Lee: ready to publish");

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M)
        .release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#managers-postmortems").tryQuery().isPresent());
    ListView<ManagersViewModel.Row> rows =
        robot.lookup("#managers-postmortems").queryAs(ListView.class);
    eventually(() -> onFx(() -> rows.getItems().size() == 1));
    ManagersViewModel.Row row = onFx(() -> rows.getItems().get(0));
    assertThat(row.state()).isEqualTo("approved");
    assertThat(row.text()).contains("Checkout API 502s");
    assertThat(text(robot, "#managers-summary")).contains("1 approved");
  }

  private static void postmortem(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P)
        .release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#postmortem-view").tryQuery().isPresent());
  }
}
