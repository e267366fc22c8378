package org.sitrep.runbooks.drill;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.incident.Severity;

/**
 * A war-game scenario as written (docs/drill-format.md): what the drill is about, what it should
 * teach, who must play, which runbooks it expects, and the injects that drive it.
 *
 * @param source the file exactly as read: a drill stores it, so later edits never change a drill
 *     that was played
 */
public record Scenario(
    String id,
    String title,
    Optional<Integer> version,
    String description,
    Severity severity,
    List<String> services,
    List<Goal> goals,
    List<String> roles,
    List<String> runbooks,
    List<String> expectedSteps,
    List<Inject> injects,
    String source) {

  public Scenario {
    services = List.copyOf(services);
    goals = List.copyOf(goals);
    roles = List.copyOf(roles);
    runbooks = List.copyOf(runbooks);
    expectedSteps = List.copyOf(expectedSteps);
    injects = List.copyOf(injects);
  }

  public Optional<Inject> inject(String injectId) {
    return injects.stream().filter(i -> i.id().equals(injectId)).findFirst();
  }

  /** Injects released on the clock or by triggers, in file order (outputs are not among them). */
  public List<Inject> scheduled() {
    return injects.stream().filter(i -> i.kind().scheduled()).toList();
  }
}
