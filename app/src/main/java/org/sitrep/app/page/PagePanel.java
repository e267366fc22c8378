package org.sitrep.app.page;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitrep.model.escalation.PageOutcome;

/**
 * Beside the timeline while a page is open: who to call and how, a button per outcome of each call,
 * the level's countdown, and a reminder to escalate when it runs out.
 */
public final class PagePanel extends VBox {

  private final PageViewModel model;
  private final VBox callList = new VBox(10);

  public PagePanel(PageViewModel model) {
    this.model = model;
    setId("page-panel");
    getStyleClass().add("page-panel");
    setSpacing(8);
    setPadding(new Insets(12));
    setPrefWidth(360);
    setMinWidth(300);

    Label title = new Label();
    title.setId("page-title");
    title.getStyleClass().add("page-title");
    title.setWrapText(true);
    title.textProperty().bind(model.title());
    Label timer = new Label();
    timer.setId("page-timer");
    timer.getStyleClass().add("page-timer");
    timer.textProperty().bind(model.timer());
    VBox head = new VBox(2, title, timer);

    Label reminder = new Label();
    reminder.setId("page-reminder");
    reminder.getStyleClass().add("page-reminder");
    reminder.setWrapText(true);
    reminder.textProperty().bind(model.reminder());
    reminder.visibleProperty().bind(model.reminder().isNotEmpty());
    reminder.managedProperty().bind(reminder.visibleProperty());

    Button escalate = new Button("Escalate to the next level");
    escalate.setId("page-escalate");
    escalate.getStyleClass().add("danger");
    escalate.visibleProperty().bind(model.canEscalate());
    escalate.managedProperty().bind(escalate.visibleProperty());
    escalate.setOnAction(e -> model.escalate());
    Label hint = new Label("You make the call; Sitrep logs each one. Nobody answers: escalate.");
    hint.getStyleClass().add("hint");
    hint.setWrapText(true);

    model.calls().addListener((ListChangeListener<PageViewModel.Call>) c -> rebuild());
    getChildren().addAll(head, reminder, callList, escalate, hint);
    rebuild();
  }

  private void rebuild() {
    callList.getChildren().clear();
    int i = 0;
    for (PageViewModel.Call call : model.calls()) {
      Label who = new Label(call.person());
      who.getStyleClass().add("page-person");
      Label time = new Label(call.theirTime());
      time.getStyleClass().add("incident-meta");
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      HBox top = new HBox(8, who, spacer, time);
      Label why = new Label(call.why());
      why.getStyleClass().add("incident-meta");
      why.setWrapText(true);
      Label numbers = new Label(call.numbers());
      numbers.getStyleClass().add("page-numbers");
      numbers.setWrapText(true);
      HBox outcomes = new HBox(6);
      for (PageOutcome o : PageOutcome.values()) {
        Button b = new Button(o.label().substring(0, 1).toUpperCase() + o.label().substring(1));
        b.setId("page-call-" + i + "-" + o.name().toLowerCase().replace('_', '-'));
        b.getStyleClass().add("small");
        b.setOnAction(e -> model.record(call, o));
        outcomes.getChildren().add(b);
      }
      VBox card = new VBox(3, top, why, numbers, outcomes);
      card.getStyleClass().add("page-call");
      callList.getChildren().add(card);
      i++;
    }
  }
}
