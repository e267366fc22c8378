package org.sitrep.runbooks.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RunbookParser#parse} found in one file. The runbook is absent only when the file
 * could not be read as one at all (too large, too deeply nested, front matter that is not a YAML
 * mapping); it is present, with stand-ins such as an id from the file name, when there are other
 * errors, so the linter can still check links and ids across files. Import only when {@link
 * #hasErrors()} is false.
 */
public record ParseResult(String fileName, Optional<Runbook> runbook, List<Problem> problems) {

  public ParseResult {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(runbook, "runbook");
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
