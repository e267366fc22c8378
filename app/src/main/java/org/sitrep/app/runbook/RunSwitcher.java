package org.sitrep.app.runbook;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.sitrep.runbooks.checklist.Checklist;

/**
 * Switches between the runbooks attached to one incident; it stays out of the way while there is
 * only one.
 */
final class RunSwitcher extends ComboBox<Checklist> {

  RunSwitcher(ChecklistViewModel model, Runnable switched) {
    setId("checklist-runs");
    setItems(model.runs());
    setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Checklist c) {
            return c == null
                ? ""
                : c.runbook().title()
                    + " (v"
                    + c.run().versionNo()
                    + ") — "
                    + ChecklistViewModel.progressText(c.progress());
          }

          @Override
          public Checklist fromString(String s) {
            return null;
          }
        });
    setMaxWidth(Double.MAX_VALUE);
    // Following the shown run below also fires this: only a different run is a switch.
    setOnAction(
        e -> {
          Checklist chosen = getValue();
          if (chosen != null
              && (model.current().get() == null
                  || !chosen.run().id().equals(model.current().get().run().id()))) {
            model.show(chosen);
            switched.run();
          }
        });
    managedProperty().bind(visibleProperty());
    model
        .runs()
        .addListener((ListChangeListener<Checklist>) c -> setVisible(model.runs().size() > 1));
    setVisible(false);
  }

  void follow(Checklist c) {
    if (getValue() == null || !c.run().id().equals(getValue().run().id())) {
      setValue(c);
    }
  }
}
