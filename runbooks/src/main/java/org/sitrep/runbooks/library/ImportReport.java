package org.sitrep.runbooks.library;

import java.util.List;
import org.sitrep.model.runbook.RunbookVersion;
import org.sitrep.runbooks.format.Problem;

/**
 * What an import did: when any file had an error, nothing was stored and {@code problems} lists
 * every one; otherwise {@code stored} holds the new versions ({@code unchanged} counts files whose
 * text equalled the current version) and {@code problems} holds only warnings.
 */
public record ImportReport(List<RunbookVersion> stored, int unchanged, List<Problem> problems) {

  public ImportReport {
    stored = List.copyOf(stored);
    problems = List.copyOf(problems);
  }

  public boolean refused() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
