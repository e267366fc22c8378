package org.sitrep.app.sync;

import javafx.beans.binding.Bindings;
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
 * version side by side with the lines that differ marked (N: the next difference), U uses the other
 * version, K keeps the shown one, Esc closes.
 */
public final class ConflictsView extends VBox {

  private final ConflictsViewModel model;
  private final ListView<ConflictSides> list = new ListView<>();
  private final Button take = new Button("Use the other version (U)");
  private final Button keep = new Button("Keep the shown version (K)");
  private final ListView<TextLine> shownText = new ListView<>();
  private final ListView<TextLine> otherText = new ListView<>();
  private int shownAt = -1;
  private int otherAt = -1;
  // Held here: the view-model outlives this card, and a weak listener lets the card go when closed.
  private final javafx.collections.ListChangeListener<TextLine> toFirst = c -> firstDifference();

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
    // As tall as the conflicts (two lines each), up to three; the versions get the rest.
    list.prefHeightProperty()
        .bind(
            Bindings.max(1, Bindings.min(3, Bindings.size(model.conflicts()))).multiply(46).add(6));
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

    Label difference = new Label();
    difference.getStyleClass().add("incident-meta");
    difference.textProperty().bind(model.difference());
    HBox sides =
        new HBox(
            12,
            side(shownText, "conflict-shown", model.shownHeading(), model.shownLines()),
            side(otherText, "conflict-other", model.otherHeading(), model.otherLines()));
    // A new conflict opens at its first difference: the shared front matter is rarely the point.
    model.otherLines().addListener(new javafx.collections.WeakListChangeListener<>(toFirst));
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
    message.setMinHeight(Region.USE_PREF_SIZE);
    message.managedProperty().bind(message.textProperty().isNotEmpty());
    HBox actions = new HBox(10, take, keep, done);
    actions.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
    // Nothing to compare once everything is settled: the list's placeholder says so.
    sides.visibleProperty().bind(model.selected().isNotNull());
    sides.managedProperty().bind(sides.visibleProperty());
    Region filler = new Region();
    VBox.setVgrow(filler, Priority.ALWAYS);
    filler.managedProperty().bind(sides.visibleProperty().not());

    getChildren().addAll(heading, intro, list, difference, sides, filler, message, actions);
    list.getSelectionModel().select(model.selected().get());
    // A scroll asked for before the lists are laid out is lost: the first one waits for a height.
    otherText
        .heightProperty()
        .addListener(
            (o, was, now) -> {
              if (was.doubleValue() == 0 && now.doubleValue() > 0) {
                firstDifference();
              }
            });
    // Letters act anywhere in the card: nothing in it takes typed text.
    addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.isShortcutDown() || e.isAltDown()) {
            return;
          }
          // Esc is the overlay's (it sees the key before the lists can swallow it).
          if (e.getCode() == KeyCode.U && !take.isDisabled()) {
            model.takeOther();
            e.consume();
          } else if (e.getCode() == KeyCode.K && !keep.isDisabled()) {
            model.keepShown();
            e.consume();
          } else if (e.getCode() == KeyCode.N) {
            nextDifference();
            e.consume();
          }
        });
  }

  /** Focused when the card opens: Up/Down walks the conflicts at once. */
  public ListView<ConflictSides> conflictList() {
    return list;
  }

  private void firstDifference() {
    shownAt = -1;
    otherAt = -1;
    nextDifference();
  }

  /** N: both versions scroll to their next marked line, a few lines of context above it. */
  private void nextDifference() {
    shownAt = scrollTo(shownText, ConflictsViewModel.nextDifference(model.shownLines(), shownAt));
    otherAt = scrollTo(otherText, ConflictsViewModel.nextDifference(model.otherLines(), otherAt));
  }

  private static int scrollTo(ListView<TextLine> text, int line) {
    if (line >= 0) {
      text.scrollTo(Math.max(0, line - 3));
    }
    return line;
  }

  private static VBox side(
      ListView<TextLine> text,
      String id,
      javafx.beans.value.ObservableStringValue heading,
      javafx.collections.ObservableList<TextLine> lines) {
    Label title = new Label();
    title.textProperty().bind(heading);
    title.getStyleClass().add("conflict-side-heading");
    title.setWrapText(true);
    title.setMinHeight(Region.USE_PREF_SIZE);
    text.setItems(lines);
    text.setId(id);
    text.getStyleClass().add("conflict-text");
    text.setCellFactory(v -> new LineCell());
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
    private final Label number = new Label();

    LineCell() {
      // A zero preferred width lets the list size the cell to its own width, so long lines wrap;
      // the number is the graphic, so a wrapped line stays indented under its text.
      setWrapText(true);
      setPrefWidth(0);
      setGraphicTextGap(10);
      number.getStyleClass().add("line-number");
      number.setMinWidth(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(TextLine item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().remove("line-differs");
      if (empty || item == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      number.setText(String.format("%4d", item.number()));
      setGraphic(number);
      setText(item.text());
      if (item.differs()) {
        getStyleClass().add("line-differs");
      }
    }
  }
}
