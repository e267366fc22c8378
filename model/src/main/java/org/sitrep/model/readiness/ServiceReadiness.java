package org.sitrep.model.readiness;

import java.util.List;

/** One service's readiness: every check's line, and the worst colour among them. */
public record ServiceReadiness(Service service, List<ReadinessLine> lines) {

  public ServiceReadiness {
    lines = List.copyOf(lines);
  }

  public Status status() {
    return lines.stream().map(ReadinessLine::status).reduce(Status.GREEN, Status::worst);
  }

  public ReadinessLine line(Check check) {
    return lines.stream().filter(l -> l.check() == check).findFirst().orElseThrow();
  }

  /** Every check answered from {@code facts}, in the order of {@link Check}. */
  public static ServiceReadiness of(ReadinessFacts facts) {
    return new ServiceReadiness(
        facts.service(),
        List.of(
            RestoreRules.lastRestore(facts),
            RestoreRules.everyoneCanRestore(facts),
            RunbookRule.check(facts),
            CoverageRule.check(facts),
            AtHandRules.vendors(facts),
            AtHandRules.breakGlass(facts),
            PracticeRules.drills(facts),
            PracticeRules.actions(facts)));
  }
}
