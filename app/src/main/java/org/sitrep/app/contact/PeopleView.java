package org.sitrep.app.contact;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactKind;

/**
 * Ctrl+P: people and who is on call. Type to find by name, team, service or tag; Down to walk the
 * results; Ctrl+P again (or Ctrl+Tab) switches to the on-call tab; Esc closes.
 */
public final class PeopleView extends VBox {

  private static final KeyCombination AGAIN =
      new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

  private final PeopleViewModel model;
  private final TextField query = new TextField();
  private final ListView<Contact> results = new ListView<>();
  private final VBox detail = new VBox(4);
  private final VBox panes = new VBox();
  private final javafx.scene.control.ToggleButton peopleButton =
      new javafx.scene.control.ToggleButton("People");
  private final javafx.scene.control.ToggleButton onCallButton =
      new javafx.scene.control.ToggleButton("On call now");
  private ListView<PeopleViewModel.OnCallRow> onCallList;

  /**
   * {@code halfMinutes} runs a redraw on the FX thread every thirty seconds until released (the
   * window passes a job on the domain scheduler).
   */
  public PeopleView(
      PeopleViewModel model,
      java.util.function.Function<Runnable, org.sitrep.model.feed.Subscription> halfMinutes) {
    this.model = model;
    setId("people");
    setSpacing(10);
    setPadding(new Insets(20));
    setPrefWidth(900);
    setPrefHeight(600);
    Label heading = new Label("People and on-call");
    heading.getStyleClass().add("title-3");

    query.setId("people-query");
    query.setPromptText("Name, team, service, skill or tag (\"checkout\", \"postgres\", \"acme\")");
    query.textProperty().bindBidirectional(model.query());
    Label summary = new Label();
    summary.getStyleClass().add("incident-meta");
    summary.textProperty().bind(model.summary());

    results.setId("people-results");
    results.setItems(model.results());
    results.setCellFactory(v -> new ContactCell(model));
    results.setPrefWidth(420);
    results.setPlaceholder(new Label(""));
    results
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                model.selected().set(b);
              }
            });
    model.selected().addListener((o, a, b) -> showDetail(b));
    detail.setId("people-detail");
    detail.setPadding(new Insets(4, 8, 4, 8));
    HBox.setHgrow(detail, Priority.ALWAYS);
    HBox people = new HBox(12, results, detail);
    VBox peopleTab = new VBox(8, query, summary, people);
    VBox.setVgrow(people, Priority.ALWAYS);
    peopleTab.setPadding(new Insets(10, 0, 0, 0));

    query.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
            results.requestFocus();
            results.getSelectionModel().selectFirst();
            e.consume();
          }
        });

    ListView<PeopleViewModel.OnCallRow> onCall = new ListView<>(model.onCall());
    onCall.setId("oncall-list");
    onCall.setCellFactory(v -> new OnCallCell());
    onCall.setPlaceholder(new Label("No rotations yet: ./sitrep oncall import FILE"));
    // Two panes switched in place rather than a TabPane: a tab's content joins the scene only
    // after a layout pass, too late for the overlay to focus the query field.
    onCall.setVisible(false);
    onCall.managedProperty().bind(onCall.visibleProperty());
    peopleTab.managedProperty().bind(peopleTab.visibleProperty());
    javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
    peopleButton.setToggleGroup(group);
    onCallButton.setToggleGroup(group);
    peopleButton.setId("people-tab");
    onCallButton.setId("oncall-tab");
    peopleButton.setSelected(true);
    peopleButton.setOnAction(e -> show(false));
    onCallButton.setOnAction(e -> show(true));
    peopleButton.setFocusTraversable(false);
    onCallButton.setFocusTraversable(false);
    HBox switcher = new HBox(0, peopleButton, onCallButton);
    switcher.getStyleClass().add("segmented");
    panes.getChildren().addAll(peopleTab, onCall);
    VBox.setVgrow(panes, Priority.ALWAYS);
    VBox.setVgrow(onCall, Priority.ALWAYS);
    this.onCallList = onCall;
    addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (AGAIN.match(e)) {
            show(!onCall.isVisible());
            e.consume();
          }
        });
    Label hint =
        new Label(
            "Down to walk the results · Ctrl+P again: on call now · Esc closes · times are their local time");
    hint.getStyleClass().add("hint");
    HBox head = new HBox(16, heading, switcher);
    head.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(head, panes, hint);
    model.search();
    model.loadOnCall();
    // Their local time stays right while the card is open: the domain scheduler's clock ticks it
    // while the card is in a scene, and the subscription is released when the overlay closes.
    Runnable redraw =
        () -> {
          results.refresh();
          showDetail(model.selected().get());
          if (onCallList.isVisible()) {
            model.loadOnCall();
          }
        };
    org.sitrep.model.feed.Subscription[] ticking = {null};
    sceneProperty()
        .addListener(
            (o, before, scene) -> {
              if (scene == null && ticking[0] != null) {
                ticking[0].release();
                ticking[0] = null;
              } else if (scene != null && ticking[0] == null) {
                ticking[0] = halfMinutes.apply(redraw);
              }
            });
  }

  public TextField queryField() {
    return query;
  }

  /** Shows the on-call list ({@code true}) or the people search. */
  public void show(boolean onCall) {
    onCallList.setVisible(onCall);
    panes.getChildren().get(0).setVisible(!onCall);
    (onCall ? onCallButton : peopleButton).setSelected(true);
    if (onCall) {
      model.loadOnCall();
      onCallList.requestFocus();
    } else {
      query.requestFocus();
    }
  }

  private void showDetail(Contact c) {
    detail.getChildren().clear();
    if (c == null) {
      return;
    }
    Label name = new Label(c.name() + (c.kind() == ContactKind.VENDOR ? "  · vendor" : ""));
    name.setId("people-detail-name");
    name.getStyleClass().addAll("title-4", "contact-name");
    detail.getChildren().add(name);
    for (String line : model.details(c)) {
      Label l = new Label(line);
      l.setWrapText(true);
      l.getStyleClass().add("contact-numbers");
      detail.getChildren().add(l);
    }
  }

  private static final class ContactCell extends ListCell<Contact> {
    private final PeopleViewModel model;

    ContactCell(PeopleViewModel model) {
      this.model = model;
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(Contact c, boolean empty) {
      super.updateItem(c, empty);
      if (empty || c == null) {
        setGraphic(null);
        setText(null);
        return;
      }
      Label name = new Label(c.name());
      name.getStyleClass().add("contact-name");
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      Label time = new Label(model.theirTime(c));
      time.getStyleClass().add("incident-meta");
      HBox top = new HBox(8, name, spacer, time);
      top.setAlignment(Pos.CENTER_LEFT);
      String meta = String.join(" · ", c.tags());
      Label tags = new Label(meta.isEmpty() ? c.organisation() : meta);
      tags.getStyleClass().add("incident-meta");
      Label phone =
          new Label(
              c.phones().isEmpty()
                  ? ""
                  : c.phones().get(0).type() + "  " + c.phones().get(0).number());
      phone.getStyleClass().add("contact-numbers");
      setGraphic(new VBox(2, top, tags, phone));
      setText(null);
    }
  }

  private static final class OnCallCell extends ListCell<PeopleViewModel.OnCallRow> {
    OnCallCell() {
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(PeopleViewModel.OnCallRow r, boolean empty) {
      super.updateItem(r, empty);
      if (empty || r == null) {
        setGraphic(null);
        return;
      }
      Label rotation = new Label(r.rotation());
      rotation.getStyleClass().add("contact-name");
      Label layer = new Label(r.layer());
      layer.getStyleClass().add("oncall-layer");
      VBox which = new VBox(2, rotation, layer);
      which.setMinWidth(270);
      which.setPrefWidth(270);
      Label person = new Label(r.person());
      person.getStyleClass().add("oncall-person");
      VBox who = new VBox(2, person);
      for (String line : r.reach().split("\n")) {
        Label reach = new Label(line);
        reach
            .getStyleClass()
            .add(line.startsWith("their time") ? "incident-meta" : "contact-numbers");
        who.getChildren().add(reach);
      }
      who.setMinWidth(220);
      who.setPrefWidth(220);
      Label until = new Label(r.until());
      until.getStyleClass().add("incident-meta");
      Label next = new Label(r.next());
      next.getStyleClass().add("incident-meta");
      VBox when = new VBox(2, until, next);
      HBox.setHgrow(when, Priority.ALWAYS);
      if (!r.flag().isEmpty()) {
        Label flag = new Label(r.flag());
        flag.setWrapText(true);
        flag.getStyleClass()
            .addAll("badge", r.flag().equals("override") ? "override-badge" : "resting-badge");
        when.getChildren().add(flag);
      }
      HBox row = new HBox(16, which, who, when);
      row.getStyleClass().add("oncall-row");
      row.setAlignment(Pos.CENTER_LEFT);
      setGraphic(row);
    }
  }
}
