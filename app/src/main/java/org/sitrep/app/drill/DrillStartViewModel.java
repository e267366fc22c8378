package org.sitrep.app.drill;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.drill.Drill;
import org.sitrep.runbooks.drill.DrillRunner;
import org.sitrep.runbooks.drill.Scenario;
import org.sitrep.runbooks.drill.ScenarioLibrary;

/**
 * Starting a drill from the window: a starter scenario or a scenario file, at a chosen speed. The
 * same calls as {@code sitrep drill start}, so a file that does not lint is refused the same way.
 */
public final class DrillStartViewModel {

  /** A starter scenario as the picker lists it. */
  public record Starter(String id, String title, int injects) {
    @Override
    public String toString() {
      return title + "  (" + id + ", " + injects + " injects)";
    }
  }

  private final ScenarioLibrary scenarios;
  private final DrillRunner runner;
  private final Tasks tasks;
  private final StringProperty problem = new SimpleStringProperty("");

  public DrillStartViewModel(ScenarioLibrary scenarios, DrillRunner runner, Tasks tasks) {
    this.scenarios = scenarios;
    this.runner = runner;
    this.tasks = tasks;
  }

  public static List<Starter> starters() {
    return ScenarioLibrary.starters().stream()
        .map(s -> new Starter(s.id(), s.title(), s.scheduled().size()))
        .toList();
  }

  /** Why the last start was refused (unknown scenario, lint errors, bad speed); empty when fine. */
  public StringProperty problem() {
    return problem;
  }

  /** Starts {@code reference} (a starter id or a .yaml path); nothing is written when refused. */
  public void start(String reference, int speed, Consumer<Drill> started) {
    String ref = reference == null ? "" : reference.strip();
    if (ref.isEmpty()) {
      problem.set("Choose a starter scenario or give a scenario file");
      return;
    }
    problem.set("");
    tasks.run(
        () -> {
          Scenario s = scenarios.load(ref);
          return runner.start(s, speed);
        },
        started,
        e -> problem.set(e.getMessage()));
  }
}
