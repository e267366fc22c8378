package org.sitrep.app.runbook;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.sitrep.app.runbook.ChecklistViewModel.Row;
import org.sitrep.app.runbook.StepPrompt.Ask;

/**
 * The one-key transitions on the selected step: Space done/undone, S skip, N note, A assign, C
 * copy, R run (in the console).
 */
final class StepKeys {

  private StepKeys() {}

  static void install(
      StepList steps,
      Consumer<Row> toggle,
      BiConsumer<Ask, Row> ask,
      Consumer<Row> copy,
      Consumer<Row> run) {
    // A filter, so the list's own Space handling never sees the key.
    steps.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown()) {
            Row row = steps.selectedStep();
            if (row != null) {
              toggle.accept(row);
            }
            e.consume();
          }
        });
    // On the typed character, as the timeline's E: consuming it keeps the letter out of the field
    // that takes focus next.
    steps.addEventHandler(
        KeyEvent.KEY_TYPED,
        e -> {
          Row row = steps.selectedStep();
          if (row == null || e.isShortcutDown() || e.isAltDown()) {
            return;
          }
          switch (e.getCharacter().toLowerCase(Locale.ROOT)) {
            case "s":
              ask.accept(Ask.SKIP, row);
              break;
            case "n":
              ask.accept(Ask.NOTE, row);
              break;
            case "a":
              ask.accept(Ask.ASSIGN, row);
              break;
            case "c":
              copy.accept(row);
              break;
            case "r":
              run.accept(row);
              break;
            default:
              return;
          }
          e.consume();
        });
  }
}
