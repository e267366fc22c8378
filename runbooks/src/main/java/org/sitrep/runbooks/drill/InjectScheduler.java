package org.sitrep.runbooks.drill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.drill.InjectState;
import org.sitrep.model.drill.InjectStatus;

/**
 * Which injects are due: a pure function of the scenario, what happened to each inject so far, the
 * drill clock's reading and the events seen (each at its drill time). No clock of its own and no
 * store, so tests drive it with any times they like. Time compression, pauses and time jumps live
 * in the drill clock that produces {@code now}; this only compares drill times.
 */
public final class InjectScheduler {

  private InjectScheduler() {}

  /**
   * Every scheduled inject with its status and due time, soonest first (those still waiting for a
   * trigger last, in file order).
   *
   * @param seen events at their drill times; inject releases are read from {@code states}
   */
  public static List<Upcoming> plan(
      Scenario scenario, Map<String, InjectState> states, Duration now, List<TimedEvent> seen) {
    List<TimedEvent> events = new ArrayList<>(seen);
    states.values().stream()
        .filter(s -> s.status().released() && s.releasedAtDrillTime().isPresent())
        .forEach(
            s ->
                events.add(
                    new TimedEvent(
                        new Trigger(Trigger.Event.INJECT_RELEASED, s.injectId()),
                        s.releasedAtDrillTime().get())));
    List<Upcoming> plan = new ArrayList<>();
    for (Inject inject : scenario.scheduled()) {
      InjectState state = states.getOrDefault(inject.id(), InjectState.pending(inject.id()));
      Optional<Duration> dueAt = dueAt(inject, state, events);
      boolean due =
          state.status() == InjectStatus.PENDING
              && dueAt.isPresent()
              && dueAt.get().compareTo(now) <= 0;
      plan.add(new Upcoming(inject, state.status(), dueAt, due));
    }
    plan.sort(
        Comparator.comparing(
            (Upcoming u) -> u.dueAt().orElse(Duration.ofDays(3650)), Comparator.naturalOrder()));
    return plan;
  }

  /** Only those due now, in the order they should appear in the timeline. */
  public static List<Inject> due(
      Scenario scenario, Map<String, InjectState> states, Duration now, List<TimedEvent> seen) {
    return plan(scenario, states, now, seen).stream()
        .filter(Upcoming::due)
        .map(Upcoming::inject)
        .toList();
  }

  static Optional<Duration> dueAt(Inject inject, InjectState state, List<TimedEvent> events) {
    Optional<Duration> base =
        inject.at().isPresent()
            ? inject.at()
            : inject
                .after()
                .flatMap(
                    t ->
                        events.stream()
                            .filter(e -> t.matches(e.what()))
                            .map(TimedEvent::at)
                            .min(Comparator.naturalOrder()))
                .map(at -> at.plus(inject.delay()));
    return base.map(at -> at.plus(state.delay()));
  }

  /** An event at its drill time. */
  public record TimedEvent(Trigger what, Duration at) {}
}
