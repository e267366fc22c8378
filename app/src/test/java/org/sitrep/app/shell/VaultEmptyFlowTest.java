package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.onFx;
import static org.sitrep.app.shell.FxFlows.text;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.vault.KdfParams;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A vault with no items yet says what to do first, and shows no Reveal, Copy or break-glass form
 * for an item that does not exist (issue 23).
 */
@ExtendWith(ApplicationExtension.class)
class VaultEmptyFlowTest {

  @TempDir Path dir;
  private WindowFixture window;

  @Start
  void start(Stage stage) {
    window = new WindowFixture(stage, dir, Optional.of("Alex Rivera"));
    window.session.vault().initialize(VaultFlowTest.PASS.toCharArray(), KdfParams.FLOOR);
    window.session.vault().lock();
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  @Test
  void anEmptyVaultSaysWhatToDoFirstAndOffersNothingToReveal(FxRobot robot) {
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V)
        .release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#vault-passphrase").tryQuery().isPresent());
    Node pass = robot.lookup("#vault-passphrase").query();
    eventually(() -> onFx(pass::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write(VaultFlowTest.PASS);
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#vault-state").equals("unlocked"));

    eventually(() -> text(robot, "#vault-details").startsWith("The vault is empty."));
    assertThat(text(robot, "#vault-details")).contains("New item…").contains("Import…");
    assertThat(shown(robot, "#vault-reveal")).isFalse();
    assertThat(shown(robot, "#vault-copy")).isFalse();
    assertThat(shown(robot, "#vault-open-sealed")).isFalse();
    assertThat(shown(robot, "#vault-reason")).isFalse();
    assertThat(shown(robot, "#vault-new")).isTrue();
  }

  /** Visible on screen: the node and every parent up to the scene. */
  private static boolean shown(FxRobot robot, String query) {
    return robot
        .lookup(query)
        .tryQuery()
        .map(
            n ->
                onFx(
                    () -> {
                      for (Node at = n; at != null; at = at.getParent()) {
                        if (!at.isVisible()) {
                          return false;
                        }
                      }
                      return n.getScene() != null;
                    }))
        .orElse(false);
  }
}
