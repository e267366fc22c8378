package org.sitrep.runbooks.library;

import java.util.List;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.merge.Conflicts;
import org.sitrep.model.merge.Conflicts.Conflict;
import org.sitrep.model.store.Workspace;

/**
 * Settles a sync conflict the two ways a person can: use the other version (a runbook's other text
 * is imported as its next version, which syncs to everyone) or keep the one shown. The command line
 * and the window both settle through here, so they cannot drift apart.
 */
public final class ConflictSettlement {

  private final Workspace workspace;
  private final RunbookLibrary runbooks;

  public ConflictSettlement(Workspace workspace, RunbookLibrary runbooks) {
    this.workspace = workspace;
    this.runbooks = runbooks;
  }

  /**
   * Imports the other text as the runbook's next version and settles the conflict. Returns what
   * happened in one line ("imported as db-out-of-disk v3").
   *
   * @throws ChangeRefusedException when the conflict is not about runbook text, or the other text
   *     does not lint (then nothing is imported and the conflict stays open)
   */
  public String takeOther(Conflict c) {
    String[] text =
        Conflicts.runbookText(c)
            .orElseThrow(
                () ->
                    new ChangeRefusedException(
                        "conflict "
                            + c.number()
                            + " is a "
                            + c.entity()
                            + ": only runbook text can be taken; keep the shown one instead"));
    ImportReport report =
        runbooks.importFiles(List.of(new SourceFile(text[0], text[1])), workspace.operator());
    if (report.refused()) {
      throw new ChangeRefusedException(
          "the other text does not lint: " + report.problems().get(0) + " (nothing imported)");
    }
    settle(c);
    return report.stored().isEmpty()
        ? "the other text equals the current version: settled"
        : "imported as "
            + report.stored().get(0).runbookId()
            + " v"
            + report.stored().get(0).versionNo();
  }

  /**
   * Keeps what is shown: the conflict is settled on this laptop, the other value stays on record.
   */
  public String keepShown(Conflict c) {
    settle(c);
    return "kept what is shown for " + c.entity() + " " + c.entityId();
  }

  private void settle(Conflict c) {
    workspace.read(
        dsl -> {
          Conflicts.settle(dsl, c);
          return null;
        });
  }

  /** How many conflicts wait for a human here (cheap: no texts read). */
  public int openCount() {
    return workspace.read(Conflicts::open).size();
  }

  /** Every open conflict with both sides, as the conflicts card shows them. */
  public List<org.sitrep.model.merge.ConflictSides> open() {
    return workspace.read(
        dsl ->
            Conflicts.open(dsl).stream()
                .map(c -> org.sitrep.model.merge.ConflictSides.of(dsl, c))
                .toList());
  }
}
