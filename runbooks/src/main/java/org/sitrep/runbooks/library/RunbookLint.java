package org.sitrep.runbooks.library;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.runbooks.format.ParseResult;
import org.sitrep.runbooks.format.Problem;
import org.sitrep.runbooks.format.ReadAs;
import org.sitrep.runbooks.format.Runbook;
import org.sitrep.runbooks.format.RunbookLinter;
import org.sitrep.runbooks.format.RunbookParser;

/**
 * {@code runbooks lint}: the files {@code runbooks import} would read (the same walk of
 * sub-folders, the same ids from the path), each checked in the Sitrep format, with a result per
 * file.
 */
public final class RunbookLint {

  /** One file's result: the id it would be imported under, and its counts. */
  public record FileResult(String file, Optional<String> id, long errors, long warnings) {
    public boolean ok() {
      return errors == 0;
    }
  }

  /** Every problem in file order, one result per file, and what the walk passed over. */
  public record Report(List<Problem> problems, List<FileResult> files, List<String> skipped) {
    public long errors() {
      return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
      return problems.size() - errors();
    }
  }

  private RunbookLint() {}

  /**
   * Lints the files under {@code paths}: in the Sitrep format (every rule an error, as {@code
   * import --strict} and CI read), or {@code tolerant}ly, as a plain {@code runbooks import} reads
   * Markdown written for other tools.
   */
  public static Report lint(
      List<Path> paths,
      Set<String> libraryIds,
      LocalDate today,
      int staleAfterDays,
      boolean tolerant)
      throws IOException {
    RunbookFolder folder = RunbookFolder.read(paths);
    List<ParseResult> parsed = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (SourceFile f : folder.files()) {
      problems.addAll(f.readProblems());
      parsed.add(
          RunbookParser.parse(
              f.name(),
              f.text(),
              tolerant ? ReadAs.tolerant(f.idPath()) : ReadAs.sitrep(f.idPath())));
    }
    parsed.forEach(p -> problems.addAll(p.problems()));
    problems.addAll(RunbookLinter.lint(parsed, libraryIds, today, staleAfterDays, tolerant));
    List<Problem> sorted = problems.stream().distinct().sorted(Problem.IN_FILE_ORDER).toList();
    List<FileResult> results = new ArrayList<>();
    for (ParseResult p : parsed) {
      long errors =
          sorted.stream().filter(x -> x.file().equals(p.fileName()) && x.isError()).count();
      long warnings =
          sorted.stream().filter(x -> x.file().equals(p.fileName()) && !x.isError()).count();
      results.add(
          new FileResult(
              p.fileName(),
              p.runbook().map(Runbook::id),
              p.runbook().isEmpty() ? Math.max(errors, 1) : errors,
              warnings));
    }
    return new Report(sorted, results, folder.skipped());
  }
}
