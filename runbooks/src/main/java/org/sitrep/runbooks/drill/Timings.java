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

  /** What the players do first once they have taken the incident in hand. */
  private static final java.util.Set<Trigger.Event> TAKING_CHARGE =
      java.util.EnumSet.of(
          Trigger.Event.ROLE_ASSIGNED,
          Trigger.Event.COMMANDER_ASSIGNED,
          Trigger.Event.STATUS_UPDATE,
          Trigger.Event.CHECKLIST_ATTACHED,
          Trigger.Event.INJECT_ACKNOWLEDGED);

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
        new Scorecard.Figure(
            "Time to assign roles", Measures.ROLES, of(Measures.ROLES), rolesMissing()),
        new Scorecard.Figure(
            "Time to first status update", Measures.STATUS_UPDATE, of(Measures.STATUS_UPDATE)));
  }

  List<Scorecard.Figure> steps() {
    List<Scorecard.Figure> out = new ArrayList<>();
    Optional<String> noChecklist =
        seen.stream().anyMatch(e -> e.what().event() == Trigger.Event.CHECKLIST_ATTACHED)
            ? Optional.empty()
            : Optional.of("no runbook was attached (Ctrl+R attaches one)");
    for (String prefix : scenario.expectedSteps()) {
      Optional<Duration> at = of(Measures.STEP + prefix);
      out.add(
          new Scorecard.Figure(
              prefix, Measures.STEP + prefix, at, at.isPresent() ? Optional.empty() : noChecklist));
    }
    return out;
  }

  /** The drill time a measure was reached at. */
  Optional<Duration> of(String measure) {
    if (measure.equals(Measures.DECLARE)) {
      // The facilitator's start creates the incident; the players declare it by taking charge:
      // acknowledging, marking it detected, taking a role or sending the first update.
      List<Instant> moments = new ArrayList<>();
      incident.milestone(Milestone.ACKNOWLEDGED).ifPresent(moments::add);
      incident.milestone(Milestone.DETECTED).ifPresent(moments::add);
      seen.stream()
          .filter(e -> TAKING_CHARGE.contains(e.what().event()))
          .map(SeenEvent::at)
          .forEach(moments::add);
      return moments.stream().min(Comparator.naturalOrder()).map(this::drillTime);
    }
    if (measure.equals(Measures.ROLES)) {
      Optional<Duration> last = Optional.of(Duration.ZERO);
      for (Role r : neededRoles()) {
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

  private List<Role> neededRoles() {
    return scenario.roles().isEmpty()
        ? List.of(Role.COMMANDER)
        : scenario.roles().stream().map(Role::valueOf).toList();
  }

  /** "ops lead not assigned (commander at 2 min 00 s)": why roles are not reached yet. */
  private Optional<String> rolesMissing() {
    List<String> missing = new ArrayList<>();
    List<String> held = new ArrayList<>();
    for (Role r : neededRoles()) {
      Optional<Duration> at = first(new Trigger(Trigger.Event.ROLE_ASSIGNED, r.name()));
      if (at.isEmpty()) {
        missing.add(r.label());
      } else {
        held.add(r.label() + " at " + say(at.get()));
      }
    }
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        String.join(", ", missing)
            + " not assigned"
            + (held.isEmpty() ? "" : " (" + String.join(", ", held) + ")"));
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
