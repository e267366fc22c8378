package org.sitrep.app.delivery;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Ctrl+Shift+T (or a click on the status bar's delivery figure): the outbox — what waits, what was
 * sent, what failed and why — with Retry now (R) and Cancel (Delete) on the selected delivery, and
 * the targets tab where a new one is set up. Esc closes.
 */
public final class OutboxView extends VBox {

  private final OutboxViewModel model;
  private final TableView<OutboxRow> table = new TableView<>();
  private final TabPane tabs = new TabPane();
  private final TargetForm form;
  // Held here: the view-model outlives this card, and a weak listener lets the card go when closed.
  private final javafx.collections.ListChangeListener<OutboxRow> toFirst = c -> selectFirst();

  public OutboxView(OutboxViewModel model, Runnable close) {
    this.model = model;
    setId("outbox");
    setSpacing(10);
    setPadding(new Insets(20));
    setPrefWidth(1120);
    setPrefHeight(620);
    Label heading = new Label("Deliveries to the war room, Jira, status pages and webhooks");
    heading.getStyleClass().add("title-3");

    table.setId("outbox-table");
    table.setItems(model.rows());
    model.rows().addListener(new javafx.collections.WeakListChangeListener<>(toFirst));
    table.setPlaceholder(new Label("Nothing delivered yet: add a target, then log."));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table
        .getColumns()
        .setAll(
            List.of(
                column("Target", OutboxRow::target, 110),
                column("Incident", OutboxRow::incident, 150),
                column("What", OutboxRow::event, 150),
                column("State", OutboxRow::state, 120),
                column("Tries", OutboxRow::attempts, 50),
                column("Next try", OutboxRow::nextAttempt, 100),
                column("Last error", OutboxRow::lastError, 300)));
    Button retry = new Button("Retry now (R)");
    retry.setId("outbox-retry");
    Button cancel = new Button("Cancel delivery (Delete)");
    cancel.setId("outbox-cancel");
    var selected = table.getSelectionModel().selectedItemProperty();
    retry
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().retryable(), selected));
    cancel
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().cancellable(), selected));
    retry.setOnAction(e -> act(true));
    cancel.setOnAction(e -> act(false));
    table.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.R && !retry.isDisabled()) {
            act(true);
            e.consume();
          } else if (e.getCode() == KeyCode.DELETE && !cancel.isDisabled()) {
            act(false);
            e.consume();
          }
        });
    VBox.setVgrow(table, Priority.ALWAYS);
    // The selected delivery's whole last error: the column shows its start.
    Label why = new Label();
    why.setId("outbox-why");
    why.setWrapText(true);
    why.getStyleClass().add("incident-meta");
    why.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    selected.get() == null || selected.get().lastError().isEmpty()
                        ? ""
                        : "Delivery " + selected.get().id() + ": " + selected.get().lastError(),
                selected));
    why.setMinHeight(Region.USE_PREF_SIZE);
    VBox outboxTab = new VBox(8, table, why, new HBox(8, retry, cancel));
    outboxTab.setPadding(new Insets(8, 0, 0, 0));

    form = new TargetForm(model);
    Tab outbox = new Tab("Outbox", outboxTab);
    outbox.setId("outbox-tab");
    Tab targets = new Tab("Targets", form);
    targets.setId("targets-tab");
    tabs.getTabs().setAll(outbox, targets);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    // The skin now, not at the first layout: it puts the tabs' content in the scene, so the
    // overlay can give the table the focus as the card opens.
    tabs.setSkin(new javafx.scene.control.skin.TabPaneSkin(tabs));
    VBox.setVgrow(tabs, Priority.ALWAYS);

    Label message = new Label();
    message.setId("outbox-message");
    message.setWrapText(true);
    message.textProperty().bind(model.message());
    message.setMinHeight(Region.USE_PREF_SIZE);
    Button closeButton = new Button("Close (Esc)");
    closeButton.setOnAction(e -> close.run());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox foot = new HBox(8, message, spacer, closeButton);
    getChildren().addAll(heading, tabs, foot);
  }

  /** A delivery is always selected when there is one, so R and Delete work at once. */
  private void selectFirst() {
    if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
      table.getSelectionModel().select(0);
    }
  }

  private void act(boolean retry) {
    OutboxRow row = table.getSelectionModel().getSelectedItem();
    if (row != null) {
      if (retry) {
        model.retry(row);
      } else {
        model.cancel(row);
      }
    }
  }

  private static TableColumn<OutboxRow, Object> column(
      String title, java.util.function.Function<OutboxRow, Object> value, double w) {
    TableColumn<OutboxRow, Object> c = new TableColumn<>(title);
    c.setCellValueFactory(
        cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setPrefWidth(w);
    c.setSortable(false);
    return c;
  }

  /** Where the focus goes when the card opens: the list (or the form on the targets tab). */
  public Node focusTarget() {
    return tabs.getSelectionModel().getSelectedIndex() == 1 ? form.firstField() : table;
  }

  public void showTargets() {
    tabs.getSelectionModel().select(1);
  }
}
