package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A new laptop: the window asks once who is at it, refuses a blank name, and remembers. */
@ExtendWith(ApplicationExtension.class)
class FirstStartFlowTest {

  @TempDir Path dir;
  private WindowFixture window;
  private Session session;

  @Start
  void start(Stage stage) {
    window = new WindowFixture(stage, dir, Optional.empty());
    session = window.session;
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  @Test
  void asksForTheOperatorsNameOnceAndRemembersIt(FxRobot robot) throws Exception {
    TextField name = robot.lookup("#operator-name").queryAs(TextField.class);
    FxFlows.eventually(() -> FxFlows.onFx(name::isFocused));
    WaitForAsyncUtils.asyncFx(name::clear);
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.ENTER);
    Label error = robot.lookup("#operator-prompt .quick-entry-error").queryAs(Label.class);
    FxFlows.eventually(() -> FxFlows.onFx(error::getText).contains("operator name is empty"));
    assertThat(session.workspace().device().operator()).isEmpty();

    robot.write("Priya Natarajan");
    robot.type(KeyCode.ENTER);
    FxFlows.eventually(() -> robot.lookup("#operator-prompt").tryQuery().isEmpty());

    assertThat(session.workspace().device().operator()).contains("Priya Natarajan");
    try (var again = org.sitrep.model.store.Workspace.openIn(dir)) {
      assertThat(again.device().operator())
          .as("remembered in the workspace")
          .contains("Priya Natarajan");
    }
  }
}
