package org.sitrep.app.comms;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One line under the incident's header, for everyone on the incident: who owes the next stakeholder
 * update and the countdown to it, red once it is overdue with the reminder the scheduler logged,
 * and the way to the composer.
 */
public final class NextUpdateBar extends VBox {

  public NextUpdateBar(NextUpdateViewModel model, Runnable compose) {
    setId("next-update-bar");
    getStyleClass().add("next-update-bar");
    setPadding(new Insets(4, 16, 4, 16));
    setSpacing(2);
    Label line = new Label();
    line.setId("next-update");
    line.getStyleClass().add("next-update");
    line.setWrapText(true);
    line.setMinHeight(Region.USE_PREF_SIZE);
    line.textProperty().bind(model.line());
    model
        .overdue()
        .addListener(
            (o, was, now) -> {
              line.getStyleClass().remove("overdue");
              getStyleClass().remove("next-update-overdue");
              if (now) {
                line.getStyleClass().add("overdue");
                getStyleClass().add("next-update-overdue");
              }
            });
    Button write = new Button("Write update  (Ctrl+U)");
    write.setId("next-update-compose");
    write.getStyleClass().add("small");
    write.setFocusTraversable(false); // the timeline and entry line keep the Tab order they had
    write.setOnAction(e -> compose.run());
    write.setMinWidth(Region.USE_PREF_SIZE);
    HBox top = new HBox(10, line, write);
    top.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(line, Priority.ALWAYS);
    line.setMaxWidth(Double.MAX_VALUE);
    Label reminder = new Label();
    reminder.setId("next-update-reminder");
    reminder.getStyleClass().add("overdue");
    reminder.setWrapText(true);
    reminder.setMinHeight(Region.USE_PREF_SIZE);
    reminder.textProperty().bind(model.reminder());
    reminder.visibleProperty().bind(model.reminder().isNotEmpty());
    reminder.managedProperty().bind(reminder.visibleProperty());
    getChildren().addAll(top, reminder);
    visibleProperty().bind(model.showing());
    managedProperty().bind(visibleProperty());
  }
}
