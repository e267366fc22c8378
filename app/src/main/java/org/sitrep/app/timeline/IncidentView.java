package org.sitrep.app.timeline;

import java.time.Instant;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;

/**
 * The incident workspace: header, filter bar, the timeline and the quick-entry line. The timeline
 * follows new entries unless the commander has scrolled up to read; then a button offers to jump.
 */
public final class IncidentView extends BorderPane {

  private final IncidentViewModel model;
  private final IncidentHeader header = new IncidentHeader();
  private final ListView<LogEntry> timeline = new ListView<>();
  private final TextField filter = new TextField();
  private final QuickEntryView quickEntry;
  private final Button jumpToLatest = new Button("↓ New entries");
  private boolean following = true;
  private ScrollBar watchedBar;

  private final VBox center;
  private final BesideSplit split;

  public IncidentView(
      IncidentViewModel model,
      QuickEntryViewModel entryModel,
      Runnable submit,
      java.util.function.Predicate<String> runningHere,
      javafx.beans.Observable runningChanged) {
    this.model = model;
    getStyleClass().add("incident-view");
    quickEntry = new QuickEntryView(entryModel, submit);

    filter.setId("timeline-filter");
    filter.setPromptText("Filter this timeline (Ctrl+F)");
    filter.textProperty().bindBidirectional(model.filterText());
    HBox.setHgrow(filter, Priority.ALWAYS);
    ComboBox<EntryKind> kind = new ComboBox<>();
    kind.setId("timeline-kind");
    kind.getItems().add(null);
    kind.getItems().addAll(EntryKind.values());
    kind.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(EntryKind k) {
            return k == null ? "All kinds" : k.label();
          }

          @Override
          public EntryKind fromString(String s) {
            return null;
          }
        });
    kind.valueProperty().bindBidirectional(model.kindFilter());
    kind.setPromptText("All kinds");
    Label count = new Label();
    count.getStyleClass().add("incident-meta");
    model
        .visibleEntries()
        .addListener(
            (ListChangeListener<LogEntry>)
                c ->
                    count.setText(
                        model.visibleEntries().size() == model.totalEntries()
                            ? model.totalEntries() + " entries · UTC"
                            : model.visibleEntries().size()
                                + " of "
                                + model.totalEntries()
                                + " · UTC"));
    HBox filterBar = new HBox(8, filter, kind, count);
    filterBar.setAlignment(Pos.CENTER_LEFT);
    filterBar.setPadding(new Insets(0, 16, 8, 16));

    timeline.setId("timeline");
    timeline.setItems(model.visibleEntries());
    timeline.setCellFactory(
        v ->
            new TimelineCell(
                model::correctionsOf,
                intent ->
                    model.hasResult(intent)
                        ? ""
                        : runningHere.test(intent.id())
                            ? "running…"
                            : "outcome unknown: no result was logged",
                model.commandsSettled(),
                runningChanged));
    // A correction changes how its original is drawn: the cells must be redrawn, not only appended.
    model.correctionsSeen().addListener((obs, old, now) -> timeline.refresh());
    // The console opening under the timeline shrinks it: keep the newest entry in view.
    timeline
        .heightProperty()
        .addListener(
            (obs, old, now) -> {
              if (following && now.doubleValue() < old.doubleValue()) {
                Platform.runLater(this::scrollToLatest);
              }
            });
    timeline.setPlaceholder(new Label("No entries match the filter."));
    timeline.getStyleClass().add("timeline");
    jumpToLatest.getStyleClass().addAll("accent", "rounded");
    jumpToLatest.setVisible(false);
    jumpToLatest.setOnAction(e -> scrollToLatest());
    StackPane.setAlignment(jumpToLatest, Pos.BOTTOM_CENTER);
    StackPane.setMargin(jumpToLatest, new Insets(0, 0, 12, 0));
    StackPane timelinePane = new StackPane(timeline, jumpToLatest);
    VBox.setVgrow(timelinePane, Priority.ALWAYS);

    model
        .visibleEntries()
        .addListener(
            (ListChangeListener<LogEntry>)
                c -> {
                  boolean added = false;
                  while (c.next()) {
                    added |= c.wasAdded();
                  }
                  if (added && following) {
                    scrollToLatest();
                  } else if (added) {
                    jumpToLatest.setVisible(true);
                  }
                });
    // The scroll bar exists only once the list has been laid out; hook it at the first chance.
    timeline.needsLayoutProperty().addListener((obs, old, now) -> watchScrolling());
    timeline.addEventFilter(ScrollEvent.SCROLL, e -> userScrolled());
    // E on a selected entry (or the context menu) starts a correction of it on the entry line.
    // On the typed character, not the key press: consuming it keeps the "e" out of the entry line
    // that takes focus next.
    timeline.addEventHandler(
        KeyEvent.KEY_TYPED,
        e -> {
          LogEntry selected = timeline.getSelectionModel().getSelectedItem();
          if ("e".equalsIgnoreCase(e.getCharacter()) && selected != null && !e.isShortcutDown()) {
            correct(entryModel, selected);
            e.consume();
          }
        });
    javafx.scene.control.MenuItem correctItem =
        new javafx.scene.control.MenuItem("Correct this entry…  (E)");
    correctItem.setOnAction(
        e -> {
          LogEntry selected = timeline.getSelectionModel().getSelectedItem();
          if (selected != null) {
            correct(entryModel, selected);
          }
        });
    timeline.setContextMenu(new javafx.scene.control.ContextMenu(correctItem));
    timeline.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          switch (e.getCode()) {
            case UP, PAGE_UP, HOME, DOWN, PAGE_DOWN, END -> userScrolled();
            default -> {}
          }
        });

    model
        .incident()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                header.show(now);
              }
            });
    center = new VBox(header, filterBar, timelinePane);
    center.setMinWidth(360);
    split = new BesideSplit(center);
    setCenter(split);
    setBottom(quickEntry);
    TimelineCell.measureAgainWhenResized(
        timeline,
        () -> {
          if (following) {
            scrollToLatest();
          }
        });
  }

  private void correct(QuickEntryViewModel entryModel, LogEntry entry) {
    entryModel.startCorrection(entry);
    quickEntry.field().requestFocus();
  }

  /**
   * The column beside the timeline (call list, facilitator, checklist), behind a divider; shown
   * only while something in it is.
   */
  public void setBeside(javafx.scene.layout.Pane beside) {
    split.setBeside(beside);
  }

  /** A line under the header, above the filter: who owes the next stakeholder update. */
  public void setUnderHeader(Node line) {
    center.getChildren().add(1, line);
  }

  /** Where the divider between the timeline and the column beside it sits (0..1). */
  public javafx.beans.property.DoubleProperty besidePosition() {
    return split.position();
  }

  /** The command console, between the timeline and the entry line; hidden until asked for. */
  public void setConsole(Node console) {
    center.getChildren().add(console);
  }

  public void tick(Instant now) {
    header.tick(now);
  }

  public TextField entryField() {
    return quickEntry.field();
  }

  public TextField filterField() {
    return filter;
  }

  public ListView<LogEntry> timeline() {
    return timeline;
  }

  /** Shows and selects one entry (from a search hit); stops following so it stays in view. */
  public void reveal(String entryId) {
    for (int i = 0; i < timeline.getItems().size(); i++) {
      if (timeline.getItems().get(i).id().equals(entryId)) {
        following = false;
        timeline.getSelectionModel().select(i);
        timeline.scrollTo(Math.max(0, i - 3));
        return;
      }
    }
  }

  /** After opening an incident: show its latest entries and resume following. */
  public void scrollToLatest() {
    following = true;
    jumpToLatest.setVisible(false);
    if (!timeline.getItems().isEmpty()) {
      timeline.scrollTo(timeline.getItems().size() - 1);
      // Again after layout: entries of several lines are measured only then, and the first
      // scroll can stop a line short of the newest entry.
      Platform.runLater(
          () -> {
            if (following && !timeline.getItems().isEmpty()) {
              timeline.scrollTo(timeline.getItems().size() - 1);
            }
          });
    }
  }

  /**
   * Following stops only when the commander scrolls up (wheel, keys, scroll bar) and resumes when
   * they reach the bottom again: an append that briefly moves the scroll bar must not count.
   */
  private void watchScrolling() {
    if (watchedBar != null) {
      return;
    }
    for (Node n : timeline.lookupAll(".scroll-bar")) {
      if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
        watchedBar = bar;
        bar.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> userScrolled());
        bar.valueProperty()
            .addListener(
                (obs, old, value) -> {
                  if (value.doubleValue() >= bar.getMax() - 0.001) {
                    following = true;
                    jumpToLatest.setVisible(false);
                  }
                });
      }
    }
  }

  private void userScrolled() {
    Platform.runLater(
        () -> {
          boolean atBottom =
              watchedBar == null
                  || !watchedBar.isVisible()
                  || watchedBar.getValue() >= watchedBar.getMax() - 0.001;
          following = atBottom;
          if (atBottom) {
            jumpToLatest.setVisible(false);
          }
        });
  }
}
