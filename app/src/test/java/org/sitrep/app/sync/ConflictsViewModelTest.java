package org.sitrep.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.merge.ConflictSides;
import org.sitrep.model.merge.Conflicts;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.library.ConflictSettlement;
import org.sitrep.runbooks.library.RunbookLibrary;

class ConflictsViewModelTest {

  @TempDir Path dir;
  private Workspace dana;
  private Workspace sam;
  private final List<Throwable> failures = new ArrayList<>();
  private ConflictsViewModel model;

  @BeforeEach
  void open() {
    dana = TestWorkspace.open(dir.resolve("dana"));
    sam = TestWorkspace.open(dir.resolve("sam"));
    model =
        new ConflictsViewModel(
            new ConflictSettlement(dana, new RunbookLibrary(dana)),
            Tasks.sameThread(),
            failures::add);
  }

  @AfterEach
  void close() {
    dana.close();
    sam.close();
    assertThat(failures).isEmpty();
  }

  private String current() {
    return new RunbookLibrary(dana).export("db-out-of-disk", Optional.empty());
  }

  @Test
  void countsWhatIsLeftToSettle() {
    model.refreshCount();
    assertThat(model.count().get()).isZero();
    assertThat(model.countText().get()).isEmpty();

    ConflictingEdits.make(dana, sam);
    model.refreshCount();

    assertThat(model.count().get()).isEqualTo(1);
    assertThat(model.countText().get()).isEqualTo("1 conflict to settle");
  }

  @Test
  void showsBothVersionsWithWhoWhereAndTheDifferingLinesMarked() {
    ConflictingEdits.make(dana, sam);

    model.refresh(() -> {});

    assertThat(model.conflicts()).hasSize(1);
    assertThat(model.about().get()).startsWith("Runbook text · ").contains("(db-out-of-disk v2)");
    assertThat(model.shownHeading().get()).startsWith("Shown now · Sam Lee on ");
    assertThat(model.otherHeading().get())
        .startsWith("Other version · Dana Okafor on ")
        .contains(dana.device().label());
    assertThat(ConflictsViewModel.summary(model.selected().get()))
        .contains("Sam Lee on ")
        .contains("  vs  Dana Okafor on ");
    assertThat(model.shownLines())
        .filteredOn(TextLine::differs)
        .extracting(TextLine::text)
        .containsExactly(ConflictingEdits.SAMS_NOTE);
    assertThat(model.otherLines())
        .filteredOn(TextLine::differs)
        .extracting(TextLine::text)
        .containsExactly(ConflictingEdits.DANAS_NOTE);
    assertThat(model.difference().get()).startsWith("2 lines are in one version only (marked)");
    assertThat(model.canTakeOther().get()).isTrue();
  }

  @Test
  void usingTheOtherVersionMakesItTheNextVersionAndSettlesTheConflict() {
    ConflictingEdits.make(dana, sam);
    model.refresh(() -> {});
    assertThat(current()).contains(ConflictingEdits.SAMS_NOTE);

    model.takeOther();

    assertThat(model.message().get())
        .startsWith("Used the other version of Runbook text · ")
        .contains(": imported as db-out-of-disk v3");
    assertThat(current()).contains(ConflictingEdits.DANAS_NOTE);
    assertThat(model.conflicts()).isEmpty();
    assertThat(model.count().get()).isZero();
    assertThat(dana.read(Conflicts::open)).isEmpty();
    // The new version is an operation like any other: Sam's laptop gets it with the next sync.
    // Sam's own copy of the conflict stays open (settling is per laptop) and says it moved on.
    ConflictingEdits.exchange(dana, sam);
    assertThat(new RunbookLibrary(sam).export("db-out-of-disk", Optional.empty()))
        .contains(ConflictingEdits.DANAS_NOTE);
    String onSam = sam.read(dsl -> ConflictSides.of(dsl, Conflicts.open(dsl).get(0)).subject());
    assertThat(onSam).endsWith("(db-out-of-disk v2; v3 is current now)");
  }

  @Test
  void keepingTheShownVersionSettlesItAndChangesNoRunbook() {
    ConflictingEdits.make(dana, sam);
    model.refresh(() -> {});
    String before = current();

    model.keepShown();

    assertThat(model.message().get()).startsWith("Kept the shown version of Runbook text · ");
    assertThat(current()).isEqualTo(before);
    assertThat(model.conflicts()).isEmpty();
    assertThat(model.selected().get()).isNull();
    assertThat(model.shownLines()).isEmpty();
    assertThat(model.count().get()).isZero();
  }

  @Test
  void marksOnlyTheLinesOneVersionLacks() {
    LineComparison.Marked m = LineComparison.of("a\nb\nc\nd", "a\nc\nx\nd");
    assertThat(m.left())
        .filteredOn(TextLine::differs)
        .extracting(TextLine::text)
        .containsExactly("b");
    assertThat(m.right())
        .filteredOn(TextLine::differs)
        .extracting(TextLine::text)
        .containsExactly("x");
    assertThat(m.right().get(2).number()).isEqualTo(3);
    assertThat(m.differing()).isEqualTo(2);
    assertThat(ConflictsViewModel.nextDifference(m.right(), -1)).isEqualTo(2);
    assertThat(ConflictsViewModel.nextDifference(m.right(), 2)).as("wraps round").isEqualTo(2);
    assertThat(ConflictsViewModel.nextDifference(m.left().subList(0, 1), -1)).isEqualTo(-1);
  }
}
