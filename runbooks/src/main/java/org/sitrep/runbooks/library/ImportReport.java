package org.sitrep.runbooks.library;

import java.util.List;
import org.sitrep.model.runbook.RunbookVersion;
import org.sitrep.runbooks.format.Problem;

/**
 * What an import did. {@code stored} holds the new versions, {@code unchanged} counts files whose
 * text equalled the current version, {@code problems} every error and warning, file by file.
 *
 * <p>All or nothing (the Sitrep format, {@code --strict}): when any file had an error nothing was
 * stored. File by file (Markdown written for other tools): each file went in whole or not at all;
 * {@code refusedFiles} names the ones that did not, and their errors say why.
 *
 * @param refusedFiles files not imported, in the order read
 * @param skipped what a folder walk passed over and why, e.g. "3 not Markdown", "1 hidden folder"
 */
public record ImportReport(
    List<RunbookVersion> stored,
    int unchanged,
    List<Problem> problems,
    List<String> refusedFiles,
    List<String> skipped) {

  public ImportReport {
    stored = List.copyOf(stored);
    problems = List.copyOf(problems);
    refusedFiles = List.copyOf(refusedFiles);
    skipped = List.copyOf(skipped);
  }

  /** An all-or-nothing report: refused means nothing was stored. */
  public ImportReport(List<RunbookVersion> stored, int unchanged, List<Problem> problems) {
    this(stored, unchanged, problems, List.of(), List.of());
  }

  /** True when errors kept the import from storing anything. */
  public boolean refused() {
    return stored.isEmpty() && unchanged == 0 && problems.stream().anyMatch(Problem::isError);
  }

  /** Files that went in: new versions and unchanged ones. */
  public int imported() {
    return stored.size() + unchanged;
  }

  public long warnings() {
    return problems.stream().filter(p -> !p.isError()).count();
  }

  /**
   * Files whose only word about dates is that they have none: said once per import with this count
   * (pages from wikis and docs sites never have a review date), each one only when asked.
   */
  public long withoutReviewedDate() {
    return problems.stream()
        .filter(Problem::isNoReviewedDate)
        .map(Problem::file)
        .distinct()
        .count();
  }

  /** The problems to print: every one when {@code verbose}, else all but "no reviewed date". */
  public List<Problem> problemsToShow(boolean verbose) {
    return verbose ? problems : problems.stream().filter(p -> !p.isNoReviewedDate()).toList();
  }

  /** "12 imported, 1 refused, 30 warnings". */
  public String summary() {
    return imported()
        + " imported, "
        + refusedFiles.size()
        + " refused, "
        + warnings()
        + " warnings";
  }
}
