package org.sitrep.runbooks.drill;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.drill.DrillService;
import org.sitrep.runbooks.exec.CommandSimulator;
import org.sitrep.runbooks.exec.RunRequest;

/**
 * Finds a drill scenario's simulated output for a command being run: by the runbook step it came
 * from ("runbook db-out-of-disk v1, step assess/check-which-…", as the checklist sends it), else by
 * a piece of the command text.
 */
public final class ScenarioOutputs implements CommandSimulator {

  private static final Pattern FROM_STEP = Pattern.compile("runbook (\\S+) v\\d+, step (\\S+)");

  private final DrillService drills;

  public ScenarioOutputs(DrillService drills) {
    this.drills = drills;
  }

  @Override
  public Optional<Simulated> simulate(RunRequest request) {
    Optional<Drill> drill = drills.find(request.incidentId());
    if (drill.isEmpty()) {
      return Optional.empty();
    }
    Scenario scenario =
        ScenarioParser.parse("scenario.yaml", drill.get().scenarioSource()).scenario().orElse(null);
    if (scenario == null) {
      return Optional.empty();
    }
    return find(scenario, request.source(), request.command())
        .map(i -> new Simulated(i.text(), i.exitCode(), "scenario output " + i.id()));
  }

  static Optional<Inject> find(Scenario scenario, String source, String command) {
    Matcher m = FROM_STEP.matcher(source);
    if (m.find()) {
      String runbook = m.group(1);
      String step = m.group(2);
      Optional<Inject> byStep =
          scenario.injects().stream()
              .filter(i -> i.kind() == InjectKind.OUTPUT)
              .filter(i -> i.step().isPresent() && step.startsWith(i.step().get()))
              .filter(i -> i.runbook().map(runbook::equals).orElse(true))
              .findFirst();
      if (byStep.isPresent()) {
        return byStep;
      }
    }
    return scenario.injects().stream()
        .filter(i -> i.kind() == InjectKind.OUTPUT)
        .filter(i -> i.command().isPresent() && command.contains(i.command().get()))
        .findFirst();
  }
}
