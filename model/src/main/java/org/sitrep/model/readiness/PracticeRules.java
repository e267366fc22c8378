package org.sitrep.model.readiness;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** "When did you last practise it?" per drill kind, and "which postmortem actions are open?" */
public final class PracticeRules {

  /** Overdue longer than this is red: the lesson is being forgotten. */
  static final int LONG_OVERDUE_DAYS = 30;

  private PracticeRules() {}

  /** The last drill of each scenario kind, amber when one was never played or is too old. */
  public static ReadinessLine drills(ReadinessFacts f) {
    Instant since = f.now().minus(Duration.ofDays(f.drillEveryDays()));
    Status status = Status.GREEN;
    List<String> evidence = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (ScenarioKind kind : ScenarioKind.values()) {
      Optional<ReadinessFacts.DrillHeld> last =
          f.drills().stream()
              .filter(d -> d.kind().filter(kind::equals).isPresent())
              .filter(d -> !d.startedAt().isAfter(f.now()))
              .max(Comparator.comparing(ReadinessFacts.DrillHeld::startedAt));
      if (last.isEmpty()) {
        status = Status.AMBER;
        evidence.add(kind.label() + ": never");
        missing.add(kind.label());
      } else {
        String when = Spans.date(last.get().startedAt(), f.zone());
        evidence.add(kind.label() + ": " + when + " (" + last.get().scenarioId() + ")");
        if (last.get().startedAt().isBefore(since)) {
          status = Status.AMBER;
          missing.add(kind.label());
        }
      }
    }
    return new ReadinessLine(
        Check.DRILLS,
        status,
        "Drills (every " + f.drillEveryDays() + " days): " + String.join("; ", evidence),
        missing.isEmpty() ? "" : "run a drill: " + String.join(", ", missing));
  }

  /** Open postmortem actions past their due date: amber, red once one is a month overdue. */
  public static ReadinessLine actions(ReadinessFacts f) {
    LocalDate today = f.today();
    List<ReadinessFacts.OpenAction> overdue =
        f.openActions().stream()
            .filter(a -> a.due().filter(d -> d.isBefore(today)).isPresent())
            .sorted(Comparator.comparing(a -> a.due().get()))
            .toList();
    if (overdue.isEmpty()) {
      return ReadinessLine.green(
          Check.ACTIONS, f.openActions().size() + " open action(s), none overdue");
    }
    boolean longOverdue = overdue.get(0).due().get().plusDays(LONG_OVERDUE_DAYS).isBefore(today);
    List<String> evidence = new ArrayList<>();
    overdue.forEach(a -> evidence.add("“" + a.text() + "” due " + a.due().get()));
    return new ReadinessLine(
        Check.ACTIONS,
        longOverdue ? Status.RED : Status.AMBER,
        overdue.size() + " overdue: " + String.join("; ", evidence),
        "finish them or move their due dates: sitrep actions");
  }
}
