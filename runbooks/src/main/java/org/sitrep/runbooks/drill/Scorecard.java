package org.sitrep.runbooks.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a drill went, in drill time (pauses excluded, compression applied): the timings the issue
 * asks for, expected steps, skipped steps, injects nobody acknowledged, the scenario's goals met or
 * missed, and the same figures for earlier runs of the scenario.
 */
public record Scorecard(
    String incidentId,
    String scenarioId,
    String title,
    Instant startedAt,
    Optional<Duration> length,
    List<Figure> figures,
    List<Figure> steps,
    List<String> skippedSteps,
    List<String> unacknowledged,
    List<GoalResult> goals,
    List<EarlierRun> earlier) {

  /**
   * One timing; empty when it never happened in the drill.
   *
   * @param why what is still missing when not reached ("ops lead not assigned"); empty otherwise
   */
  public record Figure(String name, String measure, Optional<Duration> at, Optional<String> why) {

    public Figure(String name, String measure, Optional<Duration> at) {
      this(name, measure, at, Optional.empty());
    }

    public String say() {
      return at.map(d -> Timings.say(d)).orElse("not reached") + why.map(w -> " — " + w).orElse("");
    }
  }

  /** A goal and whether the drill met it (empty "met" when the goal has nothing to measure). */
  public record GoalResult(Goal goal, Optional<Boolean> met, String detail) {}

  /** The headline figures of an earlier run of the same scenario. */
  public record EarlierRun(String incidentId, Instant startedAt, List<Figure> figures) {}

  public Scorecard {
    figures = List.copyOf(figures);
    steps = List.copyOf(steps);
    skippedSteps = List.copyOf(skippedSteps);
    unacknowledged = List.copyOf(unacknowledged);
    goals = List.copyOf(goals);
    earlier = List.copyOf(earlier);
  }
}
