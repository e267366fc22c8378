package org.sitrep.app.runbook;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.sitrep.app.runbook.ChecklistViewModel.Row;

/**
 * The steps by section. It keeps the responder's place: the next open step when nothing better is
 * known, the step they were on after a reload.
 */
final class StepList extends ListView<Row> {

  private final ChecklistViewModel model;
  private String lastKey;

  StepList(
      ChecklistViewModel model, Consumer<Row> toggle, Consumer<Row> copy, Consumer<String> onLink) {
    this.model = model;
    setId("checklist-steps");
    getStyleClass().add("checklist-steps");
    setItems(model.rows());
    setCellFactory(v -> new StepCell(toggle, copy, model::runbookName, onLink));
    // By key, not index: a reload rebuilds the rows and may move them.
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && !now.isHeading()) {
                lastKey = now.step().key();
              }
            });
    setPlaceholder(new Label("No checklist: Ctrl+R attaches a runbook."));
  }

  /** The selected step; a section heading is no step to act on. */
  Row selectedStep() {
    Row row = getSelectionModel().getSelectedItem();
    return row == null || row.isHeading() ? null : row;
  }

  /** Selects the next open step (or the first row when all are closed) and scrolls it into view. */
  void revealNext() {
    int at = model.nextRow();
    select(at < 0 ? (model.rows().isEmpty() ? -1 : 0) : at);
  }

  /** After a reload: the step that was selected, else the next one. */
  void restoreSelection() {
    int at = lastKey == null ? -1 : model.rowOf(lastKey);
    if (at < 0) {
      revealNext();
    } else {
      select(at);
    }
  }

  /** The step {@code key}, with a little of what came before it still in view. */
  void selectStep(String key) {
    select(model.rowOf(key));
  }

  /** The next open step, else the step {@code key} when none is left open. */
  void selectNextOr(String key) {
    int next = model.nextRow();
    select(next < 0 ? model.rowOf(key) : next);
  }

  private void select(int index) {
    if (index < 0) {
      getSelectionModel().clearSelection();
      return;
    }
    getSelectionModel().select(index);
    scrollTo(Math.max(0, index - 2));
  }
}
