package org.sitrep.runbooks.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.Role;

/** The scorecard's timings of one drill, each measured on the drill clock from T+0. */
final class Timings {

  private final Drill drill;
  private final Incident incident;
  private final Scenario scenario;
  private final List<SeenEvent> seen;

  Timings(Drill drill, Incident incident, Scenario scenario, List<SeenEvent> seen) {
    this.drill = drill;
    this.incident = incident;
    this.scenario = scenario;
    this.seen = seen;
  }

  List<Scorecard.Figure> headline() {
    return List.of(
        new Scorecard.Figure("Time to declare", Measures.DECLARE, of(Measures.DECLARE)),
        new Scorecard.Figure("Time to assign roles", Measures.ROLES, of(Measures.ROLES)),
        new Scorecard.Figure(
            "Time to first status update", Measures.STATUS_UPDATE, of(Measures.STATUS_UPDATE)));
  }

  List<Scorecard.Figure> steps() {
    List<Scorecard.Figure> out = new ArrayList<>();
    for (String prefix : scenario.expectedSteps()) {
      out.add(new Scorecard.Figure(prefix, Measures.STEP + prefix, of(Measures.STEP + prefix)));
    }
    return out;
  }

  /** The drill time a measure was reached at. */
  Optional<Duration> of(String measure) {
    if (measure.equals(Measures.DECLARE)) {
      // The facilitator's start creates the incident; the players declare it by acknowledging.
      return incident
          .milestone(Milestone.ACKNOWLEDGED)
          .or(() -> incident.milestone(Milestone.DETECTED))
          .map(this::drillTime);
    }
    if (measure.equals(Measures.ROLES)) {
      List<Role> needed =
          scenario.roles().isEmpty()
              ? List.of(Role.COMMANDER)
              : scenario.roles().stream().map(Role::valueOf).toList();
      Optional<Duration> last = Optional.of(Duration.ZERO);
      for (Role r : needed) {
        Optional<Duration> at = first(new Trigger(Trigger.Event.ROLE_ASSIGNED, r.name()));
        if (at.isEmpty()) {
          return Optional.empty();
        }
        last = last.map(l -> l.compareTo(at.get()) >= 0 ? l : at.get());
      }
      return last;
    }
    if (measure.equals(Measures.STATUS_UPDATE)) {
      return first(new Trigger(Trigger.Event.STATUS_UPDATE, ""));
    }
    if (measure.startsWith(Measures.STEP)) {
      return first(new Trigger(Trigger.Event.STEP_DONE, measure.substring(Measures.STEP.length())));
    }
    return Optional.empty();
  }

  private Optional<Duration> first(Trigger wanted) {
    return seen.stream()
        .filter(e -> wanted.matches(e.what()))
        .map(SeenEvent::at)
        .min(Comparator.naturalOrder())
        .map(this::drillTime);
  }

  private Duration drillTime(Instant wall) {
    return drill.clock().at(wall);
  }

  /** "4 min 05 s": drill time, as the debrief reads it. */
  static String say(Duration d) {
    long s = Math.max(0, d.getSeconds());
    return s >= 3600
        ? String.format("%d h %02d min", s / 3600, s % 3600 / 60)
        : String.format("%d min %02d s", s / 60, s % 60);
  }
}
