package org.sitrep.app.timeline;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.sitrep.model.entry.Completions;

/**
 * The quick-entry line at the foot of the timeline: type and press Enter. Tab completes a slash
 * command, Up/Down pick among suggestions, and a refused line is explained right under it.
 */
final class QuickEntryView extends VBox {

  private final TextField field = new TextField();
  private final FlowPane suggestionBar = new FlowPane(6, 4);
  private final Label error = new Label();

  QuickEntryView(QuickEntryViewModel model, Runnable submit) {
    getStyleClass().add("quick-entry");
    setPadding(new Insets(8, 16, 12, 16));
    setSpacing(4);
    field.setId("quick-entry");
    field.setPromptText(
        "Type a note and press Enter — or / for commands: /decision /action /status /sev /role /milestone   (Ctrl+L)");
    field.textProperty().bindBidirectional(model.text());
    // Not disabled while a write is in flight: a disabled field loses focus, and the next line
    // typed would land nowhere.
    field.editableProperty().bind(model.busy().not());
    field.setOnAction(e -> submit.run());
    // Tab completes and never moves the focus on a command line: a filter, because the field's own
    // key handling (focus traversal) runs before an on-key handler and would move it anyway, and
    // the
    // next Enter would then press whatever button had the focus (docs/keyboard.md).
    field.addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.TAB
              && !e.isShiftDown()
              && !e.isShortcutDown()
              && !e.isAltDown()
              && model.text().get().startsWith("/")) {
            if (model.complete()) {
              field.end();
            }
            e.consume();
          }
        });
    field.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DOWN && !model.suggestions().isEmpty()) {
            model.moveSuggestion(1);
            e.consume();
          } else if (e.getCode() == KeyCode.UP && !model.suggestions().isEmpty()) {
            model.moveSuggestion(-1);
            e.consume();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            model.cancel();
          }
        });

    error.setId("quick-entry-error");
    error.getStyleClass().add("quick-entry-error");
    // The allowed values are the useful part of a refusal: wrapped, never cut at the right edge.
    error.setWrapText(true);
    error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    error.textProperty().bind(model.error());
    error.visibleProperty().bind(model.error().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    model
        .error()
        .addListener(
            (obs, old, now) -> {
              field.pseudoClassStateChanged(
                  javafx.css.PseudoClass.getPseudoClass("refused"), !now.isEmpty());
              if (!now.isEmpty()
                  && model.errorStart().get() >= 0
                  && model.errorEnd().get() <= field.getLength()) {
                field.selectRange(model.errorStart().get(), model.errorEnd().get());
              }
            });

    suggestionBar.setId("quick-entry-suggestions");
    suggestionBar.getStyleClass().add("suggestion-bar");
    suggestionBar.setAlignment(Pos.CENTER_LEFT);
    suggestionBar
        .visibleProperty()
        .bind(javafx.beans.binding.Bindings.isNotEmpty(model.suggestions()));
    suggestionBar.managedProperty().bind(suggestionBar.visibleProperty());
    model
        .suggestions()
        .addListener((ListChangeListener<Completions.Suggestion>) c -> drawSuggestions(model));
    model.selectedSuggestion().addListener((obs, old, now) -> drawSuggestions(model));

    // The prompt text disappears once the field has focus, which is always: keep the hint visible.
    Label hint =
        new Label(
            "Enter logs a note  ·  / starts a command (/decision /action /status /sev /role /milestone)  ·  Tab completes  ·  F1 all shortcuts");
    hint.getStyleClass().add("hint");
    hint.visibleProperty().bind(error.visibleProperty().not());
    hint.managedProperty().bind(hint.visibleProperty());
    Label correcting = new Label();
    correcting.setId("quick-entry-correcting");
    correcting.getStyleClass().add("correcting-banner");
    correcting.setWrapText(true);
    correcting
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> {
                  var entry = model.correcting().get();
                  return entry == null
                      ? ""
                      : "Correcting the entry of "
                          + org.sitrep.model.log.Times.clock(entry.wallTime())
                          + " UTC by "
                          + entry.author()
                          + ": “"
                          + abbreviate(entry.text())
                          + "” — type the corrected text, Enter to log it, Esc to cancel. The original stays.";
                },
                model.correcting()));
    correcting.visibleProperty().bind(model.correcting().isNotNull());
    correcting.managedProperty().bind(correcting.visibleProperty());
    getChildren().addAll(correcting, suggestionBar, field, error, hint);
  }

  private static String abbreviate(String text) {
    String line = text.replace('\n', ' ');
    return line.length() <= 90 ? line : line.substring(0, 89) + "…";
  }

  TextField field() {
    return field;
  }

  private void drawSuggestions(QuickEntryViewModel model) {
    suggestionBar.getChildren().clear();
    for (int i = 0; i < model.suggestions().size(); i++) {
      Completions.Suggestion s = model.suggestions().get(i);
      Label chip = new Label(s.label() + "  — " + s.help());
      chip.getStyleClass().add("suggestion");
      if (i == model.selectedSuggestion().get()) {
        chip.getStyleClass().add("selected");
      }
      suggestionBar.getChildren().add(chip);
    }
    if (!model.suggestions().isEmpty()) {
      Label hint = new Label("Tab to complete");
      hint.getStyleClass().add("hint");
      suggestionBar.getChildren().add(hint);
    }
  }
}
