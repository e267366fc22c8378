package org.sitrep.runbooks.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.drill.ClockSegment;
import org.sitrep.model.drill.DrillClock;
import org.sitrep.model.drill.InjectState;
import org.sitrep.model.drill.InjectStatus;

/**
 * The scheduler is a pure function; the drill clock is plain arithmetic. A fake clock drives both.
 */
class InjectSchedulerTest {

  static final String YAML =
      """
      id: test
      title: Test
      injects:
        - id: alert
          kind: alert
          at: T+2m
          text: Disk at 96%
        - id: ask
          kind: message
          from: CFO
          after: commander-assigned
          delay: 3m
          text: Are payments safe?
        - id: follow
          kind: fact
          after: inject-released alert
          delay: 1m
          text: Writes fail
        - id: hint
          kind: fact
          after: step-done assess/check-which
          text: CDC consumer is down
        - id: out
          kind: output
          command: df
          output: 100%
      """;

  static final Scenario SCENARIO = ScenarioParser.parse("t.yaml", YAML).scenario().orElseThrow();
  static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

  @Test
  void offsetsComeDueWhenTheDrillClockReachesThem() {
    assertThat(due(Duration.ofSeconds(119), Map.of(), List.of())).isEmpty();
    assertThat(due(Duration.ofMinutes(2), Map.of(), List.of())).containsExactly("alert");
    // Outputs are never scheduled: they wait for their command.
    assertThat(InjectScheduler.plan(SCENARIO, Map.of(), Duration.ofHours(9), List.of()))
        .extracting(u -> u.inject().id())
        .doesNotContain("out");
  }

  @Test
  void triggersCountFromTheEventPlusTheirDelay() {
    var assigned =
        new InjectScheduler.TimedEvent(
            new Trigger(Trigger.Event.COMMANDER_ASSIGNED, ""), Duration.ofMinutes(1));
    assertThat(due(Duration.ofMinutes(3), Map.of(), List.of(assigned))).doesNotContain("ask");
    assertThat(due(Duration.ofMinutes(4), Map.of(), List.of(assigned))).contains("ask");
    var stepDone =
        new InjectScheduler.TimedEvent(
            new Trigger(Trigger.Event.STEP_DONE, "assess/check-which-filesystem-is-full-for"),
            Duration.ofMinutes(7));
    assertThat(due(Duration.ofMinutes(7), Map.of(), List.of(stepDone))).contains("hint");
    // An inject released by the facilitator triggers its followers from the release time.
    Map<String, InjectState> released = Map.of("alert", released("alert", Duration.ofMinutes(5)));
    assertThat(due(Duration.ofSeconds(359), released, List.of())).doesNotContain("follow");
    assertThat(due(Duration.ofMinutes(6), released, List.of())).containsExactly("follow");
  }

  @Test
  void settledInjectsAreNeverDueAgainAndDelaysPushThemBack() {
    Map<String, InjectState> skipped =
        Map.of(
            "alert",
            new InjectState(
                "alert",
                InjectStatus.SKIPPED,
                Duration.ZERO,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    assertThat(due(Duration.ofMinutes(30), skipped, List.of())).doesNotContain("alert");
    Map<String, InjectState> delayed =
        Map.of(
            "alert",
            new InjectState(
                "alert",
                InjectStatus.PENDING,
                Duration.ofMinutes(5),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    assertThat(due(Duration.ofMinutes(6), delayed, List.of())).doesNotContain("alert");
    assertThat(due(Duration.ofMinutes(7), delayed, List.of())).contains("alert");
  }

  @Test
  void speedPauseAndTimeJumpMoveTheDrillClock() {
    DrillClock clock = DrillClock.startedAt(T0, 10);
    // At 10x, T+2m arrives after 12 real seconds.
    assertThat(clock.at(T0.plusSeconds(11))).isLessThan(Duration.ofMinutes(2));
    assertThat(dueAt(clock, T0.plusSeconds(12))).containsExactly("alert");
    // Paused at 6 real seconds (T+1m): the clock stands still however long the pause.
    clock = clock.with(clock.next(T0.plusSeconds(6), 10, true));
    assertThat(clock.at(T0.plusSeconds(600))).isEqualTo(Duration.ofMinutes(1));
    assertThat(dueAt(clock, T0.plusSeconds(600))).isEmpty();
    // Resumed at 1x after ten minutes of pause: a minute later it is T+2m.
    clock = clock.with(clock.next(T0.plusSeconds(600), 1, false));
    assertThat(dueAt(clock, T0.plusSeconds(659))).isEmpty();
    assertThat(dueAt(clock, T0.plusSeconds(660))).containsExactly("alert");
    // A time jump of 30 minutes moves every later reading on by 30 minutes.
    clock = clock.with(clock.next(T0.plusSeconds(700), 1, false, Duration.ofMinutes(30)));
    assertThat(clock.at(T0.plusSeconds(700))).isEqualTo(Duration.ofSeconds(60 + 100 + 1800));
    // The past is not rewritten: earlier moments keep their drill time.
    assertThat(clock.at(T0.plusSeconds(3))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aSegmentRefusesAnImpossibleSpeed() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ClockSegment(0, 0, 0, false))
        .hasMessageContaining("drill speed must be 1 to 600");
  }

  private static List<String> dueAt(DrillClock clock, Instant wall) {
    return due(clock.at(wall), Map.of(), List.of());
  }

  private static List<String> due(
      Duration now, Map<String, InjectState> states, List<InjectScheduler.TimedEvent> seen) {
    return InjectScheduler.due(SCENARIO, states, now, seen).stream().map(Inject::id).toList();
  }

  private static InjectState released(String id, Duration at) {
    return new InjectState(
        id,
        InjectStatus.RELEASED,
        Duration.ZERO,
        Optional.of(T0.plus(at)),
        Optional.of(at),
        Optional.of("entry"),
        Optional.empty());
  }
}
