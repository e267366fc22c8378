package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.onFx;
import static org.sitrep.app.shell.FxFlows.text;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.sync.ConflictingEdits;
import org.sitrep.app.sync.ConflictsViewModel;
import org.sitrep.app.sync.TextLine;
import org.sitrep.model.merge.ConflictSides;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A runbook edited on two laptops at once: the status bar says there is a conflict to settle, a
 * click opens the two versions side by side, U uses the other version, and the runbook's next
 * version holds it.
 */
@ExtendWith(ApplicationExtension.class)
class SyncConflictsFlowTest {

  @TempDir Path dir;
  private WindowFixture window;

  @Start
  void start(Stage stage) {
    Path danas = dir.resolve("dana");
    try (Workspace dana = TestWorkspace.open(danas);
        Workspace sam = TestWorkspace.open(dir.resolve("sam"))) {
      ConflictingEdits.make(dana, sam);
    }
    window = new WindowFixture(stage, danas, Optional.of("Dana Okafor"));
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  private static String linkText(FxRobot robot) {
    return robot
        .lookup("#conflicts-link")
        .tryQuery()
        .map(n -> onFx(() -> n.isVisible() ? ((Hyperlink) n).getText() : ""))
        .orElse("");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aConflictIsComparedAndTheOtherVersionTaken(FxRobot robot) {
    eventually(() -> linkText(robot).equals("1 conflict to settle"));

    robot.clickOn("#conflicts-link");
    eventually(() -> robot.lookup("#conflicts").tryQuery().isPresent());
    ListView<ConflictSides> list = robot.lookup("#conflicts-list").queryAs(ListView.class);
    eventually(() -> onFx(list::isFocused));
    assertThat(onFx(() -> ConflictsViewModel.summary(list.getItems().get(0))))
        .contains("(db-out-of-disk v2)");
    ListView<TextLine> shown = robot.lookup("#conflict-shown").queryAs(ListView.class);
    ListView<TextLine> other = robot.lookup("#conflict-other").queryAs(ListView.class);
    assertThat(onFx(() -> marked(shown))).isEqualTo(ConflictingEdits.SAMS_NOTE);
    assertThat(onFx(() -> marked(other))).isEqualTo(ConflictingEdits.DANAS_NOTE);
    // The marked line is drawn marked, not only flagged in the model.
    onFx(
        () -> {
          other.scrollTo(other.getItems().size() - 1);
          return null;
        });
    eventually(
        () ->
            robot.lookup("#conflict-other .line-differs").queryAll().stream()
                .map(Node::isVisible)
                .findAny()
                .orElse(false));

    robot.type(KeyCode.U);

    eventually(() -> text(robot, "#conflicts-message").contains("imported as db-out-of-disk v3"));
    eventually(() -> onFx(() -> list.getItems().isEmpty()));
    eventually(() -> linkText(robot).isEmpty());
    assertThat(window.session.runbooks().export("db-out-of-disk", Optional.empty()))
        .contains(ConflictingEdits.DANAS_NOTE);

    robot.type(KeyCode.ESCAPE);
    eventually(() -> robot.lookup("#conflicts").tryQuery().isEmpty());
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O)
        .release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> text(robot, "#status-message").equals("No sync conflicts to settle"));
  }

  private static String marked(ListView<TextLine> lines) {
    return lines.getItems().stream()
        .filter(TextLine::differs)
        .map(TextLine::text)
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }
}
