package org.sitrep.app.runbook;

import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.sitrep.app.runbook.ChecklistViewModel.Row;

/**
 * Puts a step's command, variables filled in, on the clipboard and says so under the steps, so the
 * responder knows what they are about to paste into a shell.
 */
final class CommandCopier {

  private final Label message;
  private String last = "";

  CommandCopier(Label message) {
    this.message = message;
  }

  /** The last command put on the clipboard. */
  String last() {
    return last;
  }

  void copy(Row row) {
    if (row.command().isEmpty()) {
      message.setText("This step has no command to copy.");
      return;
    }
    last = row.command().get();
    try {
      ClipboardContent content = new ClipboardContent();
      content.putString(last);
      Clipboard.getSystemClipboard().setContent(content);
      message.setText("Copied: " + ChecklistPanel.shorten(last));
    } catch (RuntimeException e) {
      message.setText("Could not reach the clipboard: " + e.getMessage());
    }
  }
}
