package org.sitrep.app.sync;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitrep.model.merge.ConflictSides;

/**
 * Ctrl+Shift+O: the sync conflicts. The list on top (Up/Down), the version shown now and the other
 * version side by side with the lines that differ marked, U uses the other version, K keeps the
 * shown one, Esc closes.
 */
public final class ConflictsView extends VBox {

  private final ConflictsViewModel model;
  private final ListView<ConflictSides> list = new ListView<>();
  private final Button take = new Button("Use the other version (U)");
  private final Button keep = new Button("Keep the shown version (K)");

  public ConflictsView(ConflictsViewModel model, Runnable close) {
    this.model = model;
    setId("conflicts");
    setSpacing(10);
    setPadding(new Insets(20));
    setPrefWidth(1120);
    setPrefHeight(660);
    Label heading = new Label("Sync conflicts to settle");
    heading.getStyleClass().add("title-3");
    Label intro =
        new Label(
            "The same thing was edited on two laptops at once. The later edit is shown everywhere;"
                + " compare it with the other one, then use the other version or keep the shown one.");
    intro.setWrapText(true);
    intro.getStyleClass().add("incident-meta");

    list.setId("conflicts-list");
    list.setItems(model.conflicts());
    list.setPrefHeight(110);
    list.setMinHeight(Region.USE_PREF_SIZE);
    list.setPlaceholder(new Label("No conflicts to settle."));
    list.setCellFactory(v -> new SummaryCell());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                model.selected().set(now);
              }
            });
    model.selected().addListener((o, was, now) -> list.getSelectionModel().select(now));

    Label about = new Label();
    about.setId("conflict-about");
    about.getStyleClass().add("conflict-about");
    about.textProperty().bind(model.about());
    Label difference = new Label();
    difference.getStyleClass().add("incident-meta");
    difference.textProperty().bind(model.difference());
    HBox sides =
        new HBox(
            12,
            side("conflict-shown", model.shownHeading(), model.shownLines()),
            side("conflict-other", model.otherHeading(), model.otherLines()));
    VBox.setVgrow(sides, Priority.ALWAYS);

    take.setId("conflict-take");
    take.disableProperty().bind(model.canTakeOther().not().or(model.selected().isNull()));
    take.setOnAction(e -> model.takeOther());
    keep.setId("conflict-keep");
    keep.disableProperty().bind(model.selected().isNull());
    keep.setOnAction(e -> model.keepShown());
    Button done = new Button("Close (Esc)");
    done.setOnAction(e -> close.run());
    Label message = new Label();
    message.setId("conflicts-message");
    message.setWrapText(true);
    message.textProperty().bind(model.message());
    HBox.setHgrow(message, Priority.ALWAYS);
    HBox actions = new HBox(10, take, keep, done, message);
    actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

    getChildren().addAll(heading, intro, list, about, difference, sides, actions);
    // Letters act anywhere in the card: nothing in it takes typed text.
    addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.isShortcutDown() || e.isAltDown()) {
            return;
          }
          if (e.getCode() == KeyCode.ESCAPE) {
            // The lists would swallow Esc before the overlay sees it.
            close.run();
            e.consume();
          } else if (e.getCode() == KeyCode.U && !take.isDisabled()) {
            model.takeOther();
            e.consume();
          } else if (e.getCode() == KeyCode.K && !keep.isDisabled()) {
            model.keepShown();
            e.consume();
          }
        });
  }

  /** Focused when the card opens: Up/Down walks the conflicts at once. */
  public ListView<ConflictSides> conflictList() {
    return list;
  }

  private static VBox side(
      String id,
      javafx.beans.value.ObservableStringValue heading,
      javafx.collections.ObservableList<TextLine> lines) {
    Label title = new Label();
    title.textProperty().bind(heading);
    title.getStyleClass().add("conflict-side-heading");
    title.setWrapText(true);
    ListView<TextLine> text = new ListView<>(lines);
    text.setId(id);
    text.getStyleClass().add("conflict-text");
    text.setCellFactory(v -> new LineCell(text));
    VBox.setVgrow(text, Priority.ALWAYS);
    VBox box = new VBox(4, title, text);
    HBox.setHgrow(box, Priority.ALWAYS);
    box.setPrefWidth(540);
    return box;
  }

  private static final class SummaryCell extends ListCell<ConflictSides> {
    @Override
    protected void updateItem(ConflictSides item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : ConflictsViewModel.summary(item));
    }
  }

  /** A line of one version; lines the other version lacks are marked. */
  private static final class LineCell extends ListCell<TextLine> {
    LineCell(ListView<TextLine> list) {
      // Long lines wrap inside the column rather than run off under an ellipsis.
      setWrapText(true);
      prefWidthProperty().bind(list.widthProperty().subtract(24));
      setMaxWidth(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(TextLine item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().remove("line-differs");
      if (empty || item == null) {
        setText(null);
        return;
      }
      setText(String.format("%4d  %s", item.number(), item.text()));
      if (item.differs()) {
        getStyleClass().add("line-differs");
      }
    }
  }
}
