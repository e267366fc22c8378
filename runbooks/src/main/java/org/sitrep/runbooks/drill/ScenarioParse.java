package org.sitrep.runbooks.drill;

import java.util.List;
import java.util.Optional;
import org.sitrep.runbooks.format.Problem;

/**
 * What reading one scenario file found: the scenario (absent when the file is not a YAML mapping)
 * and every problem with its line and column. Start a drill only when {@link #hasErrors()} is
 * false.
 */
public record ScenarioParse(String file, Optional<Scenario> scenario, List<Problem> problems) {

  public ScenarioParse {
    problems = problems.stream().sorted(Problem.IN_FILE_ORDER).toList();
  }

  public boolean hasErrors() {
    return scenario.isEmpty() || problems.stream().anyMatch(Problem::isError);
  }
}
