package org.sitrep.app.timeline;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.Times;

/**
 * One log entry: UTC time, kind, author (and role), text. An entry that was corrected shows the
 * correction right under it; the correction itself says what it corrects.
 */
final class TimelineCell extends ListCell<LogEntry> {

  private final Label time = new Label();
  private final Label kind = new Label();
  private final Label author = new Label();
  private final Label text = new Label();
  private final VBox corrections = new VBox(2);
  private final VBox body;
  private final HBox row;
  private final Function<String, List<LogEntry>> correctionsOf;
  private final Function<LogEntry, String> commandState;
  private final Label state = new Label();
  private final javafx.beans.InvalidationListener commandsListener =
      o -> showCommandState(getItem());

  /**
   * @param commandState for a command's intent entry, "" once its result is in, else what to say
   *     ("running…", "outcome unknown")
   */
  TimelineCell(
      Function<String, List<LogEntry>> correctionsOf,
      Function<LogEntry, String> commandState,
      javafx.beans.Observable... commandsChanged) {
    this.correctionsOf = correctionsOf;
    this.commandState = commandState;
    state.getStyleClass().add("command-state");
    // The cell redraws its own command state: a list refresh racing an append left it stale.
    // Weakly: the timeline recreates its cells when its width changes, and the old ones must go.
    for (javafx.beans.Observable changed : commandsChanged) {
      changed.addListener(new javafx.beans.WeakInvalidationListener(commandsListener));
    }
    time.getStyleClass().add("entry-time");
    time.setMinWidth(64);
    kind.getStyleClass().add("kind-badge");
    kind.setMinWidth(78);
    author.getStyleClass().add("entry-author");
    text.getStyleClass().add("entry-text");
    text.setWrapText(true);
    HBox head = new HBox(8, author, state);
    body = new VBox(2, head, text, corrections);
    HBox.setHgrow(body, Priority.ALWAYS);
    row = new HBox(10, time, kind, body);
    row.setAlignment(Pos.TOP_LEFT);
    getStyleClass().add("timeline-cell");
    // A cell as wide as its text would scroll sideways; at pref width 0 it takes the list's width
    // and long entries wrap instead of being cut off.
    setPrefWidth(0);
    body.setMinWidth(0);
    text.setMaxWidth(Double.MAX_VALUE);
    text.setMinHeight(Region.USE_PREF_SIZE);
  }

  /**
   * A narrower timeline (the checklist opening beside it, a divider dragged) makes entries wrap to
   * more lines: the cells are measured again, once per pulse, or they are drawn over each other.
   */
  static void measureAgainWhenResized(
      javafx.scene.control.ListView<LogEntry> timeline, Runnable then) {
    boolean[] queued = {false};
    timeline
        .widthProperty()
        .addListener(
            (obs, old, now) -> {
              if (!queued[0] && Math.abs(now.doubleValue() - old.doubleValue()) >= 1) {
                queued[0] = true;
                javafx.application.Platform.runLater(
                    () -> {
                      queued[0] = false;
                      timeline.refresh();
                      then.run();
                    });
              }
            });
  }

  /** Measured at the width the row gets: wrapped text must not run into the next row. */
  @Override
  protected double computePrefHeight(double width) {
    return org.sitrep.app.common.WrappedRows.graphicHeight(
        this, width, super.computePrefHeight(width));
  }

  private void showCommandState(LogEntry e) {
    String command =
        e != null && e.event() == EventCode.COMMAND_STARTED ? commandState.apply(e) : "";
    state.setText(command);
    state.setVisible(!command.isEmpty());
    state.getStyleClass().removeAll("unknown");
    if (command.startsWith("outcome unknown")) {
      state.getStyleClass().add("unknown");
    }
  }

  @Override
  protected void updateItem(LogEntry e, boolean empty) {
    super.updateItem(e, empty);
    getStyleClass().removeIf(c -> c.startsWith("severity-") || c.equals("correction"));
    if (empty || e == null) {
      setGraphic(null);
      return;
    }
    time.setText(Times.clock(e.wallTime()));
    kind.setText(e.kind().label());
    kind.getStyleClass().removeIf(c -> c.startsWith("kind-") && !c.equals("kind-badge"));
    kind.getStyleClass().add("kind-" + e.kind().label());
    author.setText(
        e.author()
            + e.authorRole()
                .map(r -> " · " + r.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .orElse(""));
    text.setText(e.corrects().isPresent() ? "Correction: " + e.text() : e.text());
    showCommandState(e);
    getStyleClass().add("severity-" + e.severity().name().toLowerCase(Locale.ROOT));
    if (e.corrects().isPresent()) {
      getStyleClass().add("correction");
    }
    corrections.getChildren().clear();
    for (LogEntry c : correctionsOf.apply(e.id())) {
      Label note =
          new Label(
              "↳ corrected " + Times.clock(c.wallTime()) + " by " + c.author() + ": " + c.text());
      note.getStyleClass().add("correction-note");
      note.setWrapText(true);
      corrections.getChildren().add(note);
    }
    setGraphic(row);
  }
}
