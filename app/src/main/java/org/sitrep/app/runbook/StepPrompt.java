package org.sitrep.app.runbook;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.sitrep.app.runbook.ChecklistViewModel.Row;
import org.sitrep.runbooks.format.StepKind;

/**
 * The field under the steps that asks for a skip reason, a note or a person to assign; it stays
 * open until the answer is stored, so a refusal can be read and the text fixed in place.
 */
final class StepPrompt extends VBox {

  enum Ask {
    SKIP,
    NOTE,
    ASSIGN
  }

  /** Enter on the field: what was asked about which step, and what was typed. */
  interface Answer {
    void answer(Ask ask, Row row, String text);
  }

  private final Label prompt = new Label();
  private final TextField field = new TextField();
  private Ask pending;
  private Row pendingRow;

  StepPrompt(Answer answer, Runnable cancel) {
    super(4);
    prompt.setId("checklist-action-prompt");
    prompt.setWrapText(true);
    prompt.getStyleClass().add("checklist-action-prompt");
    field.setId("checklist-action-field");
    field.setOnAction(
        e -> {
          if (pending != null && pendingRow != null) {
            answer.answer(pending, pendingRow, field.getText());
          }
        });
    field.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            cancel.run();
            e.consume();
          }
        });
    Label hint = new Label("Enter confirms · Esc cancels");
    hint.getStyleClass().add("hint");
    getChildren().addAll(prompt, field, hint);
    getStyleClass().add("checklist-action");
    managedProperty().bind(visibleProperty());
    setVisible(false);
  }

  void ask(Ask ask, Row row) {
    pending = ask;
    pendingRow = row;
    String step = "“" + ChecklistPanel.shorten(row.text()) + "”";
    switch (ask) {
      case SKIP:
        prompt.setText(
            "Skip "
                + step
                + (row.step().kind() == StepKind.OPTIONAL
                    ? " — reason (optional step: may be left empty)"
                    : " — why? (a reason is required)"));
        break;
      case NOTE:
        prompt.setText("Note on " + step);
        break;
      default:
        prompt.setText("Assign " + step + " to");
        break;
    }
    field.clear();
    setVisible(true);
    field.requestFocus();
  }

  void close() {
    pending = null;
    pendingRow = null;
    setVisible(false);
  }
}
