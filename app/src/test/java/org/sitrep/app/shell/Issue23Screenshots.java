package org.sitrep.app.shell;

import static org.sitrep.app.shell.FxFlows.declareQuickly;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.onFx;
import static org.sitrep.app.shell.FxFlows.text;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.runbooks.library.SourceFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of the views issue 23 changed (checklist with filled variables and a runbook link,
 * the empty vault) at 1280×720, written into the folder given as {@code -Dsitrep.screenshots=DIR}.
 * Runs only when asked: it writes files, it checks nothing new.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "sitrep.screenshots", matches = ".+")
class Issue23Screenshots {

  @TempDir Path dir;
  private Stage stage;
  private WindowFixture window;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = new WindowFixture(stage, dir, Optional.of("Alex Rivera"), 1280, 720);
    new RunbookLibrary(window.session.workspace()).seedIfEmpty();
    new RunbookLibrary(window.session.workspace())
        .importFiles(
            List.of(new SourceFile("release-rollback.md", ChecklistFlowTest.ROLLBACK, "")),
            "Alex Rivera");
    window.session.vault().initialize(VaultFlowTest.PASS.toCharArray(), KdfParams.FLOOR);
    window.session.vault().lock();
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  @Test
  void checklistAndEmptyVault(FxRobot robot) throws Exception {
    Path out = Path.of(System.getProperty("sitrep.screenshots"));
    declareQuickly(robot, "checkout returns 500s after release 2026.12.1");
    robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#runbook-picker-words").tryQuery().isPresent());
    TextField words = robot.lookup("#runbook-picker-words").queryAs(TextField.class);
    eventually(() -> onFx(words::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("release-rollback");
    ListView<?> hits = robot.lookup("#runbook-picker-results").queryAs(ListView.class);
    eventually(() -> onFx(() -> !hits.getItems().isEmpty()));
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#checklist-title").equals("Roll back a release"));
    String query = "#checklist-var-deployment";
    eventually(() -> robot.lookup(query).tryQuery().isPresent());
    robot.clickOn(robot.lookup(query).queryAs(TextField.class));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("checkout");
    robot.type(KeyCode.ENTER);
    eventually(() -> robot.lookup(".runbook-link").tryQuery().isPresent());
    shoot(out, "checklist-variables");

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V)
        .release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#vault-passphrase").tryQuery().isPresent());
    javafx.scene.Node pass = robot.lookup("#vault-passphrase").query();
    eventually(() -> onFx(pass::isFocused));
    WaitForAsyncUtils.waitForFxEvents();
    robot.write(VaultFlowTest.PASS);
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#vault-state").equals("unlocked"));
    eventually(() -> text(robot, "#vault-details").startsWith("The vault is empty."));
    shoot(out, "vault-empty");
  }

  private void shoot(Path out, String name) throws Exception {
    // The headless platform's screen buffer holds 1000×1000 pixels: 1920×1080 does not fit in it
    // (an IndexOutOfBoundsException in HeadlessWindow.blit), so only 1280×720 is taken here.
    for (int[] size : new int[][] {{1280, 720}}) {
      WaitForAsyncUtils.asyncFx(
          () -> {
            stage.setWidth(size[0] + stage.getWidth() - stage.getScene().getWidth());
            stage.setHeight(size[1] + stage.getHeight() - stage.getScene().getHeight());
          });
      eventually(
          () ->
              onFx(
                  () ->
                      Math.abs(stage.getScene().getWidth() - size[0]) < 1
                          && Math.abs(stage.getScene().getHeight() - size[1]) < 1));
      WaitForAsyncUtils.waitForFxEvents();
      WritableImage image = onFx(() -> stage.getScene().snapshot(null));
      PixelReader pixels = image.getPixelReader();
      int w = (int) image.getWidth();
      int h = (int) image.getHeight();
      BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          png.setRGB(x, y, pixels.getArgb(x, y));
        }
      }
      Files.createDirectories(out);
      javax.imageio.ImageIO.write(
          png, "png", out.resolve(name + "-" + size[0] + "x" + size[1] + ".png").toFile());
    }
  }
}
