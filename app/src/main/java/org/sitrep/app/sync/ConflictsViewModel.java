package org.sitrep.app.sync;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.log.Times;
import org.sitrep.model.merge.ConflictSides;
import org.sitrep.model.merge.Conflicts.Conflict;
import org.sitrep.runbooks.library.ConflictSettlement;

/**
 * Sync conflicts to settle: how many (for the status bar), the list, the selected one's two
 * versions line by line with the differing lines marked, and the two ways to settle it. Settling
 * goes through {@link ConflictSettlement}, as {@code sitrep sync conflicts --take/--dismiss} does.
 */
public final class ConflictsViewModel {

  private final ConflictSettlement settlement;
  private final Tasks tasks;
  private final Consumer<Throwable> failed;
  private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
  private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
  private final ObservableList<ConflictSides> conflicts = FXCollections.observableArrayList();
  private final ObjectProperty<ConflictSides> selected = new SimpleObjectProperty<>();
  private final ObservableList<TextLine> shownLines = FXCollections.observableArrayList();
  private final ObservableList<TextLine> otherLines = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper shownHeading = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper otherHeading = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper about = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper canTakeOther = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper difference = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private boolean busy;

  public ConflictsViewModel(
      ConflictSettlement settlement, Tasks tasks, Consumer<Throwable> failed) {
    this.settlement = settlement;
    this.tasks = tasks;
    this.failed = failed;
    selected.addListener((o, was, now) -> show(now));
  }

  /** Counts open conflicts again (after a sync): cheap, no texts read. */
  public void refreshCount() {
    tasks.run(settlement::openCount, this::setCount, failed);
  }

  /** Reads every open conflict with both sides; keeps the selection where it can. */
  public void refresh(Runnable done) {
    tasks.run(
        settlement::open,
        loaded -> {
          ConflictSides was = selected.get();
          conflicts.setAll(loaded);
          setCount(loaded.size());
          selected.set(
              loaded.stream()
                  .filter(s -> was != null && sameConflict(s.conflict(), was.conflict()))
                  .findFirst()
                  .orElse(loaded.isEmpty() ? null : loaded.get(0)));
          done.run();
        },
        failed);
  }

  /** "Use the other version": it becomes the runbook's next version, which syncs to everyone. */
  public void takeOther() {
    settle(
        c ->
            "Used the other version of "
                + about.get()
                + ": "
                + settlement.takeOther(c)
                + " (the team gets it with the next sync)");
  }

  /** "Keep the shown version": the conflict is settled, the other text stays on record. */
  public void keepShown() {
    settle(
        c -> {
          settlement.keepShown(c);
          return "Kept the shown version of " + about.get();
        });
  }

  private void settle(java.util.function.Function<Conflict, String> how) {
    ConflictSides chosen = selected.get();
    if (chosen == null || busy) {
      return;
    }
    busy = true;
    tasks.run(
        () -> how.apply(chosen.conflict()),
        outcome -> {
          busy = false;
          message.set(outcome);
          refresh(() -> {});
        },
        failure -> {
          busy = false;
          if (failure instanceof ChangeRefusedException || failure instanceof NotFoundException) {
            message.set(failure.getMessage());
          } else {
            failed.accept(failure);
          }
        });
  }

  private void show(ConflictSides s) {
    if (s == null) {
      shownLines.clear();
      otherLines.clear();
      shownHeading.set("");
      otherHeading.set("");
      about.set("");
      canTakeOther.set(false);
      difference.set("");
      return;
    }
    LineComparison.Marked marked = LineComparison.of(s.shown().text(), s.other().text());
    shownLines.setAll(marked.left());
    otherLines.setAll(marked.right());
    shownHeading.set("Shown now · " + said(s.shown()));
    otherHeading.set("Other version · " + said(s.other()));
    about.set(s.what() + " · " + s.subject());
    canTakeOther.set(s.otherCanBeTaken());
    difference.set(
        marked.differing() == 0
            ? ""
            : marked.differing()
                + (marked.differing() == 1 ? " line is" : " lines are")
                + " in one version only (marked) · N: next difference");
  }

  /**
   * The index of the first marked line after {@code after}, wrapping round to the first one; -1
   * when no line is marked. N in the card walks the differences with it.
   */
  public static int nextDifference(java.util.List<TextLine> lines, int after) {
    for (int k = 1; k <= lines.size(); k++) {
      int i = Math.floorMod(after + k, lines.size());
      if (lines.get(i).differs()) {
        return i;
      }
    }
    return -1;
  }

  /** One line of the list: what, and the two laptops with their times. */
  public static String summary(ConflictSides s) {
    return s.what() + " · " + s.subject() + "\n   " + who(s.shown()) + "  vs  " + who(s.other());
  }

  private static String said(ConflictSides.Side side) {
    return who(side) + ", " + Times.utc(side.at());
  }

  private static String who(ConflictSides.Side side) {
    return (side.person().isEmpty() ? "" : side.person() + " on ") + side.laptop();
  }

  private void setCount(int n) {
    count.set(n);
    countText.set(n == 0 ? "" : n + (n == 1 ? " conflict" : " conflicts") + " to settle");
  }

  private static boolean sameConflict(Conflict a, Conflict b) {
    return a.entity().equals(b.entity())
        && a.entityId().equals(b.entityId())
        && a.field().equals(b.field())
        && a.otherDevice().equals(b.otherDevice())
        && a.otherHlc() == b.otherHlc();
  }

  public ReadOnlyIntegerProperty count() {
    return count.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty countText() {
    return countText.getReadOnlyProperty();
  }

  public ObservableList<ConflictSides> conflicts() {
    return conflicts;
  }

  public ObjectProperty<ConflictSides> selected() {
    return selected;
  }

  public ObservableList<TextLine> shownLines() {
    return shownLines;
  }

  public ObservableList<TextLine> otherLines() {
    return otherLines;
  }

  public ReadOnlyStringProperty shownHeading() {
    return shownHeading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty otherHeading() {
    return otherHeading.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty about() {
    return about.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canTakeOther() {
    return canTakeOther.getReadOnlyProperty();
  }

  /** How many lines are in one version only. */
  public ReadOnlyStringProperty difference() {
    return difference.getReadOnlyProperty();
  }

  /** What the last settling did, or why it was refused. */
  public ReadOnlyStringProperty message() {
    return message.getReadOnlyProperty();
  }
}
