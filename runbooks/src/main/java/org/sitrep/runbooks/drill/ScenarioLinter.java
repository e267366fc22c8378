package org.sitrep.runbooks.drill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.runbooks.format.Level;
import org.sitrep.runbooks.format.Problem;
import org.sitrep.runbooks.format.Runbook;
import org.sitrep.runbooks.format.Step;

/**
 * The checks that need more than one file: scenario ids unique across the files linted together,
 * runbooks the scenario expects present in the library, and step keys (expected steps, outputs,
 * step triggers) naming a step of one of those runbooks.
 */
public final class ScenarioLinter {

  private ScenarioLinter() {}

  /**
   * @param library the library's runbooks by id (their current version)
   */
  public static List<Problem> lint(List<ScenarioParse> parsed, Map<String, Runbook> library) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> firstFile = new HashMap<>();
    for (ScenarioParse p : parsed) {
      if (p.scenario().isEmpty()) {
        continue;
      }
      Scenario s = p.scenario().get();
      String earlier = firstFile.putIfAbsent(s.id(), p.file());
      if (earlier != null && !s.id().isEmpty()) {
        problems.add(
            error(
                p.file(),
                lineOf(s.source(), "id:"),
                "scenario id `" + s.id() + "` is also used by " + earlier));
      }
      for (String rb : s.runbooks()) {
        if (!library.containsKey(rb)) {
          problems.add(
              error(
                  p.file(),
                  lineOf(s.source(), rb),
                  "runbook `" + rb + "` is not in the library (see: sitrep runbooks list)"));
        }
      }
      List<Step> steps =
          s.runbooks().stream()
              .map(library::get)
              .filter(java.util.Objects::nonNull)
              .flatMap(r -> r.steps().stream())
              .toList();
      for (String prefix : s.expectedSteps()) {
        if (steps.stream().noneMatch(st -> st.key().startsWith(prefix))) {
          problems.add(
              error(
                  p.file(),
                  lineOf(s.source(), prefix),
                  "expected step `" + prefix + "` is no step of " + runbooks(s)));
        }
      }
      for (Inject i : s.injects()) {
        checkInject(p.file(), s, i, library, steps).ifPresent(problems::add);
      }
    }
    return problems;
  }

  private static Optional<Problem> checkInject(
      String file, Scenario s, Inject i, Map<String, Runbook> library, List<Step> steps) {
    if (i.runbook().isPresent() && !library.containsKey(i.runbook().get())) {
      return Optional.of(
          error(
              file,
              i.line(),
              "inject `"
                  + i.id()
                  + "` names runbook `"
                  + i.runbook().get()
                  + "`, which is not in the library"));
    }
    List<Step> candidates = i.runbook().map(library::get).map(Runbook::steps).orElse(steps);
    if (i.step().isPresent()
        && candidates.stream().noneMatch(st -> st.key().startsWith(i.step().get()))) {
      return Optional.of(
          error(
              file,
              i.line(),
              "output `"
                  + i.id()
                  + "` is for step `"
                  + i.step().get()
                  + "`, which is no step of "
                  + i.runbook().orElse(runbooks(s))));
    }
    Optional<Trigger> t = i.after();
    if (t.isPresent()
        && (t.get().event() == Trigger.Event.STEP_DONE
            || t.get().event() == Trigger.Event.STEP_SKIPPED)
        && steps.stream().noneMatch(st -> st.key().startsWith(t.get().argument()))) {
      return Optional.of(
          error(
              file,
              i.line(),
              "inject `"
                  + i.id()
                  + "` waits for step `"
                  + t.get().argument()
                  + "`, which is no step of "
                  + runbooks(s)));
    }
    if (t.isPresent() && t.get().event() == Trigger.Event.ROLE_ASSIGNED) {
      try {
        org.sitrep.model.incident.Role.parse(t.get().argument());
      } catch (RuntimeException e) {
        return Optional.of(
            error(
                file,
                i.line(),
                "inject `"
                    + i.id()
                    + "` waits for role `"
                    + t.get().argument()
                    + "`: roles are commander, communicator, scribe, ops-lead"));
      }
    }
    return Optional.empty();
  }

  private static String runbooks(Scenario s) {
    return s.runbooks().isEmpty()
        ? "the scenario's runbooks (none listed under `runbooks:`)"
        : String.join(", ", s.runbooks());
  }

  private static Problem error(String file, int line, String message) {
    return new Problem(file, line, 1, Level.ERROR, message);
  }

  /** The first line that mentions {@code text}: where a cross-file problem is best shown. */
  static int lineOf(String source, String text) {
    String[] lines = source.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String l = lines[n];
      int hash = l.indexOf(" #");
      if ((hash < 0 ? l : l.substring(0, hash)).contains(text)) {
        return n + 1;
      }
    }
    return 1;
  }
}
