package org.sitrep.app.shell;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.sitrep.app.diag.Diagnostics;
import org.sitrep.app.diag.UncaughtFailures;

/**
 * Shows an uncaught failure as one short sentence with "Copy diagnostics" (versions, OS, paths, the
 * last log lines, redacted) instead of a stack trace nobody sees. One dialog at a time: a failure
 * repeating on every pulse must not bury the window under dialogs; the log has them all.
 */
final class CrashDialog {

  static final ButtonType COPY = new ButtonType("Copy diagnostics", ButtonBar.ButtonData.LEFT);

  private final Path dataDir;
  private final UnaryOperator<String> redact;
  private Alert showing;
  private String lastMessage = "";

  CrashDialog(Path dataDir, UnaryOperator<String> redact) {
    this.dataDir = dataDir;
    this.redact = redact;
  }

  /** Routes every thread's uncaught exceptions to the log and to this dialog. */
  UncaughtFailures install() {
    UncaughtFailures handler = new UncaughtFailures(dataDir, redact, this::tell);
    Thread.setDefaultUncaughtExceptionHandler(handler);
    Thread.currentThread().setUncaughtExceptionHandler(handler);
    return handler;
  }

  private void tell(String message) {
    if (Platform.isFxApplicationThread()) {
      show(message);
    } else {
      Platform.runLater(() -> show(message));
    }
  }

  private void show(String message) {
    lastMessage = message;
    if (showing != null) {
      return;
    }
    Alert alert = new Alert(Alert.AlertType.ERROR, message, COPY, ButtonType.CLOSE);
    alert.setTitle("Sitrep — something went wrong");
    alert.setHeaderText("Sitrep hit an error it did not expect");
    alert.getDialogPane().setId("crash-dialog");
    Button copy = (Button) alert.getDialogPane().lookupButton(COPY);
    copy.setId("copy-diagnostics");
    copy.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(Diagnostics.text(dataDir, lastMessage, redact));
          Clipboard.getSystemClipboard().setContent(content);
          copy.setText("Copied");
          e.consume(); // keep the dialog open: the operator may still read it
        });
    alert.setOnHidden(e -> showing = null);
    showing = alert;
    alert.show();
  }
}
