package org.sitrep.app.incident;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitrep.model.incident.Incident;

/** The left column: the declare button, the four filters and the incidents, newest first. */
public final class IncidentListView extends VBox {

  private final ListView<Incident> list = new ListView<>();

  public IncidentListView(IncidentListViewModel model, Runnable declare, Consumer<Incident> open) {
    getStyleClass().add("incident-list");
    // Narrow enough to leave a laptop's timeline room; the four filters still fit at the minimum.
    setPrefWidth(300);
    setMinWidth(290);

    Label heading = new Label("Incidents");
    heading.getStyleClass().add("title-3");
    Button declareButton = new Button("Declare");
    declareButton.getStyleClass().addAll("accent");
    declareButton.setTooltip(new Tooltip("Declare a new incident (Ctrl+N)"));
    declareButton.setOnAction(e -> declare.run());
    declareButton.setId("declare-button");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(8, heading, spacer, declareButton);
    top.setPadding(new Insets(12, 12, 8, 12));

    ToggleGroup group = new ToggleGroup();
    HBox filters = new HBox();
    filters.getStyleClass().add("segmented");
    filters.setPadding(new Insets(0, 12, 8, 12));
    for (IncidentListViewModel.Filter f : IncidentListViewModel.Filter.values()) {
      ToggleButton b = new ToggleButton(f.label());
      b.setUserData(f);
      b.setToggleGroup(group);
      b.setSelected(model.filter().get() == f);
      b.setMaxWidth(Double.MAX_VALUE);
      b.setFocusTraversable(false);
      HBox.setHgrow(b, Priority.ALWAYS);
      filters.getChildren().add(b);
    }
    group
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true); // one filter is always on
              } else {
                model.filter().set((IncidentListViewModel.Filter) now.getUserData());
              }
            });
    model
        .filter()
        .addListener(
            (obs, old, now) ->
                group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));

    list.setId("incident-list");
    list.setItems(model.incidents());
    // The list reloads after every commit that touches an incident: keep the selected one selected.
    String[] selectedId = {null};
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                selectedId[0] = now.id();
              }
            });
    model
        .incidents()
        .addListener(
            (javafx.collections.ListChangeListener<Incident>)
                change -> {
                  if (list.getSelectionModel().isEmpty() && selectedId[0] != null) {
                    for (int i = 0; i < list.getItems().size(); i++) {
                      if (list.getItems().get(i).id().equals(selectedId[0])) {
                        list.getSelectionModel().select(i);
                        return;
                      }
                    }
                  }
                });
    list.setCellFactory(v -> new IncidentCell());
    list.setPlaceholder(new Label("Nothing here.\nCtrl+N declares an incident."));
    list.setOnMouseClicked(e -> openSelected(open));
    list.setOnKeyPressed(
        e -> {
          switch (e.getCode()) {
            case ENTER, SPACE -> openSelected(open);
            default -> {}
          }
        });
    VBox.setVgrow(list, Priority.ALWAYS);
    getChildren().addAll(top, filters, list);
  }

  /** Focus on the list, with the first incident selected when none is. */
  public void focusList() {
    list().requestFocus();
    if (list().getSelectionModel().isEmpty() && !list().getItems().isEmpty()) {
      list().getSelectionModel().select(0);
    }
  }

  /** Selects the incident {@code delta} rows away (wrapping round) and returns it. */
  public java.util.Optional<Incident> step(int delta) {
    var items = list().getItems();
    if (items.isEmpty()) {
      return java.util.Optional.empty();
    }
    int at = list().getSelectionModel().getSelectedIndex();
    int next = Math.floorMod((at < 0 ? 0 : at + delta), items.size());
    list().getSelectionModel().select(next);
    list().scrollTo(next);
    return java.util.Optional.of(items.get(next));
  }

  public ListView<Incident> list() {
    return list;
  }

  public void select(Incident incident) {
    for (int i = 0; i < list.getItems().size(); i++) {
      if (list.getItems().get(i).id().equals(incident.id())) {
        list.getSelectionModel().select(i);
        list.scrollTo(i);
        return;
      }
    }
  }

  private void openSelected(Consumer<Incident> open) {
    Incident selected = list.getSelectionModel().getSelectedItem();
    if (selected != null) {
      open.accept(selected);
    }
  }
}
