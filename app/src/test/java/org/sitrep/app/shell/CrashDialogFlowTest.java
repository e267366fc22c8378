package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.diag.DiagnosticLog;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.VaultItemKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An exception nobody catches on the FX thread, its message carrying a vault secret: the window
 * stays, a dialog says in one redacted sentence what failed and where the details are, "Copy
 * diagnostics" puts versions, paths and the last log lines on the clipboard, and neither the
 * dialog, the clipboard nor the log file holds the secret; the log file holds the stack trace.
 */
@ExtendWith(ApplicationExtension.class)
class CrashDialogFlowTest {

  static final String CANARY = "canary-Crash-4Rt8Yp2Wq6";

  @TempDir Path dir;
  private WindowFixture window;
  private Thread.UncaughtExceptionHandler before;
  private Thread.UncaughtExceptionHandler fxBefore;

  @Start
  void start(Stage stage) {
    window = new WindowFixture(stage, dir, Optional.of("Alex Rivera"));
    before = Thread.getDefaultUncaughtExceptionHandler();
    fxBefore = Thread.currentThread().getUncaughtExceptionHandler();
    new CrashDialog(dir, window.session.workspace().redactor()::redact).install();
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(
            () -> {
              Thread.setDefaultUncaughtExceptionHandler(before);
              Thread.currentThread().setUncaughtExceptionHandler(fxBefore);
            })
        .get();
    window.close();
  }

  @Test
  void anUncaughtFailureIsShownRedactedWithCopyDiagnostics(FxRobot robot) throws Exception {
    // Off the FX thread: the KDF is slow on a busy machine, and @Start has a setup timeout.
    window
        .session
        .vault()
        .initialize("orange kettle under the stairs".toCharArray(), KdfParams.FLOOR);
    window
        .session
        .vault()
        .add(
            NewVaultItem.named("grafana api", VaultItemKind.API_TOKEN),
            CANARY.toCharArray(),
            new char[0]);
    Platform.runLater(
        () -> {
          throw new IllegalStateException("timeline refresh failed near token " + CANARY);
        });
    within30s(() -> robot.lookup("#crash-dialog").tryQuery().isPresent());
    DialogPane pane = robot.lookup("#crash-dialog").queryAs(DialogPane.class);
    String shown = onFx(pane::getContentText);
    assertThat(shown)
        .doesNotContain(CANARY)
        .startsWith(
            "Something went wrong (IllegalStateException: timeline refresh failed near token [REDACTED")
        .contains(DiagnosticLog.fileIn(dir).toAbsolutePath().toString());

    robot.clickOn("#copy-diagnostics");
    within30s(() -> onFx(() -> Clipboard.getSystemClipboard().getString()) != null);
    String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
    assertThat(copied)
        .doesNotContain(CANARY)
        .startsWith("Sitrep 0.1.0")
        .contains("what happened: Something went wrong (IllegalStateException")
        .contains("workspace: " + dir.toAbsolutePath())
        .contains("last log lines:")
        .contains("java.lang.IllegalStateException: timeline refresh failed near token [REDACTED");
    assertThat(onFx(() -> ((Button) robot.lookup("#copy-diagnostics").query()).getText()))
        .isEqualTo("Copied");
    // The dialog stays for reading; the window behind it is still there.
    assertThat(robot.lookup("#crash-dialog").tryQuery()).isPresent();

    String log = Files.readString(DiagnosticLog.fileIn(dir));
    assertThat(log)
        .doesNotContain(CANARY)
        .contains("SEVERE org.sitrep.app.uncaught: uncaught in thread JavaFX Application Thread")
        .contains("at org.sitrep.app.shell.CrashDialogFlowTest.");
  }

  private static void within30s(Supplier<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::get);
  }
}
