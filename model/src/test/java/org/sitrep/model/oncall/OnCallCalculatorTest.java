package org.sitrep.model.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-overs across daylight-saving changes in two zones, and overrides on top of the rota. */
class OnCallCalculatorTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static Rotation rotation(ZoneId zone, String starts, String shift, String... members) {
    return new Rotation(
        "r",
        "Rota",
        "payments",
        List.of("checkout"),
        zone,
        LocalDateTime.parse(starts),
        ShiftLength.parse(shift),
        List.of(new RotationLayer("primary", List.of(members))));
  }

  private static String who(Rotation r, String instant) {
    return OnCallCalculator.at(r, "primary", List.of(), Instant.parse(instant))
        .orElseThrow()
        .person();
  }

  private static OnCallShift shift(Rotation r, String instant) {
    return OnCallCalculator.at(r, "primary", List.of(), Instant.parse(instant)).orElseThrow();
  }

  @Test
  void aDailyShiftAcrossBerlinSpringForwardIs23HoursAndHandsOverAt0900Local() {
    Rotation r = rotation(BERLIN, "2026-03-27T09:00", "1d", "Ana", "Ben", "Cleo");
    OnCallShift shortDay = shift(r, "2026-03-28T12:00:00Z");
    assertThat(shortDay.person()).isEqualTo("Ben");
    assertThat(shortDay.start()).isEqualTo(Instant.parse("2026-03-28T08:00:00Z")); // 09:00 CET
    assertThat(shortDay.end()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z")); // 09:00 CEST
    assertThat(Duration.between(shortDay.start(), shortDay.end())).isEqualTo(Duration.ofHours(23));
    assertThat(who(r, "2026-03-29T06:59:59Z")).isEqualTo("Ben");
    assertThat(who(r, "2026-03-29T07:00:00Z")).isEqualTo("Cleo");
  }

  @Test
  void aDailyShiftAcrossBerlinFallBackIs25Hours() {
    Rotation r = rotation(BERLIN, "2026-10-20T09:00", "1d", "Ana", "Ben");
    OnCallShift longDay = shift(r, "2026-10-25T01:30:00Z"); // the repeated 02:30 local hour
    assertThat(longDay.start()).isEqualTo(Instant.parse("2026-10-24T07:00:00Z")); // 09:00 CEST
    assertThat(longDay.end()).isEqualTo(Instant.parse("2026-10-25T08:00:00Z")); // 09:00 CET
    assertThat(Duration.between(longDay.start(), longDay.end())).isEqualTo(Duration.ofHours(25));
    assertThat(longDay.person()).isEqualTo("Ana"); // shift 4 since the 20th
    assertThat(who(r, "2026-10-25T08:00:00Z")).isEqualTo("Ben");
  }

  @Test
  void aWeeklyShiftAcrossNewYorkSpringForwardHandsOverMondayAt1000Local() {
    Rotation r = rotation(NEW_YORK, "2026-02-23T10:00", "1w", "Dana", "Eli", "Fay");
    OnCallShift week = shift(r, "2026-03-08T12:00:00Z"); // the Sunday the clocks go forward
    assertThat(week.person()).isEqualTo("Eli");
    assertThat(week.start()).isEqualTo(Instant.parse("2026-03-02T15:00:00Z")); // 10:00 EST
    assertThat(week.end()).isEqualTo(Instant.parse("2026-03-09T14:00:00Z")); // 10:00 EDT
    assertThat(Duration.between(week.start(), week.end())).isEqualTo(Duration.ofHours(167));
    assertThat(who(r, "2026-03-09T13:59:00Z")).isEqualTo("Eli");
    assertThat(who(r, "2026-03-09T14:00:00Z")).isEqualTo("Fay");
  }

  @Test
  void hourShiftsAcrossNewYorkFallBackAreElapsedHoursSoTheLocalHandOverMoves() {
    Rotation r = rotation(NEW_YORK, "2026-10-31T08:00", "12h", "Dana", "Eli");
    // Shift 2 starts 24 elapsed hours later: 07:00 EST on Sunday, not 08:00.
    OnCallShift sunday = shift(r, "2026-11-01T12:30:00Z");
    assertThat(sunday.person()).isEqualTo("Dana");
    assertThat(sunday.start()).isEqualTo(Instant.parse("2026-11-01T12:00:00Z"));
    assertThat(LocalDateTime.ofInstant(sunday.start(), NEW_YORK))
        .isEqualTo(LocalDateTime.parse("2026-11-01T07:00"));
    assertThat(Duration.between(sunday.start(), sunday.end())).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void aDailyShiftAcrossNewYorkFallBackIs25Hours() {
    Rotation r = rotation(NEW_YORK, "2026-10-31T09:00", "1d", "Dana", "Eli");
    OnCallShift day = shift(r, "2026-11-01T06:30:00Z"); // 01:30, the repeated hour
    assertThat(day.person()).isEqualTo("Dana");
    assertThat(day.start()).isEqualTo(Instant.parse("2026-10-31T13:00:00Z")); // 09:00 EDT
    assertThat(day.end()).isEqualTo(Instant.parse("2026-11-01T14:00:00Z")); // 09:00 EST
    assertThat(Duration.between(day.start(), day.end())).isEqualTo(Duration.ofHours(25));
  }

  @Test
  void aHandOverInsideTheSpringGapHappensWhenTheClocksHaveMovedOn() {
    Rotation r = rotation(BERLIN, "2026-03-27T02:30", "1d", "Ana", "Ben");
    // 02:30 does not exist on 29 March in Berlin: the hand-over is at 03:30 CEST (01:30Z).
    assertThat(OnCallCalculator.handOver(r, 2)).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    assertThat(who(r, "2026-03-29T01:29:00Z")).isEqualTo("Ben");
    assertThat(who(r, "2026-03-29T01:30:00Z")).isEqualTo("Ana");
  }

  @Test
  void beforeTheRotationStartsTheTurnsRunBackwards() {
    Rotation r = rotation(BERLIN, "2026-03-27T09:00", "1d", "Ana", "Ben", "Cleo");
    assertThat(who(r, "2026-03-26T12:00:00Z")).isEqualTo("Cleo");
  }

  @Test
  void anOverrideCoversADayAndTheRotaResumesAroundIt() {
    Rotation r = rotation(BERLIN, "2026-11-16T09:00", "7d", "Ana", "Ben");
    ShiftOverride cover =
        new ShiftOverride(
            "o1",
            "r",
            "primary",
            "Cleo",
            Instant.parse("2026-11-20T08:00:00Z"),
            Instant.parse("2026-11-21T08:00:00Z"),
            "Ana at a wedding");
    List<ShiftOverride> overrides = List.of(cover);
    OnCallShift before =
        OnCallCalculator.at(r, "primary", overrides, Instant.parse("2026-11-19T12:00:00Z"))
            .orElseThrow();
    assertThat(before.person()).isEqualTo("Ana");
    assertThat(before.end()).isEqualTo(cover.from());
    OnCallShift during =
        OnCallCalculator.at(r, "primary", overrides, Instant.parse("2026-11-20T12:00:00Z"))
            .orElseThrow();
    assertThat(during.person()).isEqualTo("Cleo");
    assertThat(during.override()).isTrue();
    Optional<OnCallShift> next =
        OnCallCalculator.next(r, "primary", overrides, Instant.parse("2026-11-20T12:00:00Z"));
    assertThat(next.orElseThrow().person()).isEqualTo("Ana");
    assertThat(next.orElseThrow().start()).isEqualTo(cover.to());
    assertThat(next.orElseThrow().end()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
  }

  @Test
  void aSwapIsTwoOverrides() {
    Rotation r = rotation(NEW_YORK, "2026-11-16T10:00", "1d", "Dana", "Eli");
    // Dana has the 18th, Eli the 19th: they swap.
    Instant d18 = Instant.parse("2026-11-18T15:00:00Z");
    Instant d19 = Instant.parse("2026-11-19T15:00:00Z");
    Instant d20 = Instant.parse("2026-11-20T15:00:00Z");
    List<ShiftOverride> swap =
        List.of(
            new ShiftOverride("a", "r", "primary", "Eli", d18, d19, "swap"),
            new ShiftOverride("b", "r", "primary", "Dana", d19, d20, "swap"));
    assertThat(who(r, "2026-11-18T16:00:00Z")).isEqualTo("Dana");
    assertThat(
            OnCallCalculator.at(r, "primary", swap, d18.plusSeconds(3600)).orElseThrow().person())
        .isEqualTo("Eli");
    assertThat(
            OnCallCalculator.at(r, "primary", swap, d19.plusSeconds(3600)).orElseThrow().person())
        .isEqualTo("Dana");
    assertThat(
            OnCallCalculator.at(r, "primary", swap, d20.plusSeconds(3600)).orElseThrow().person())
        .isEqualTo("Dana");
  }

  @Test
  void nightIsJudgedInTheRespondersOwnZone() {
    RestRule rule = RestRule.DEFAULT;
    Instant t = Instant.parse("2026-11-21T22:30:00Z"); // 23:30 Berlin, 17:30 New York
    assertThat(rule.isNight(t, BERLIN)).isTrue();
    assertThat(rule.isNight(t, NEW_YORK)).isFalse();
    assertThat(rule.restingUntil(List.of(t), BERLIN, t.plusSeconds(3600)))
        .contains(t.plus(Duration.ofHours(24)));
    assertThat(rule.restingUntil(List.of(t), NEW_YORK, t.plusSeconds(3600))).isEmpty();
    assertThat(rule.restingUntil(List.of(t), BERLIN, t.plus(Duration.ofHours(25)))).isEmpty();
  }
}
