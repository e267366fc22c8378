package org.sitrep.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.oncall.Rotation;
import org.sitrep.model.oncall.RotationLayer;
import org.sitrep.model.oncall.ShiftLength;
import org.sitrep.model.oncall.ShiftOverride;

/** On-call coverage for the next 14 days: gaps across daylight saving, rest after night pages. */
class CoverageRuleTest {

  @Test
  void aDailyRotaAcrossTheAutumnChangeHasNoGap() {
    Facts f = new Facts();
    f.now = Instant.parse("2026-10-20T12:00:00Z");
    ReadinessLine line = f.line(Check.COVERAGE);
    assertThat(line.status()).isEqualTo(Status.GREEN);
    assertThat(line.evidence())
        .isEqualTo("Primary and secondary held for the next 14 days, nobody resting");
  }

  @Test
  void dayLongOverridesCountedInElapsedHoursLeaveAnHourUncoveredWhenTheClocksGoBack() {
    Facts f = new Facts();
    f.now = Instant.parse("2026-10-20T12:00:00Z");
    // An imported calendar: each day from 09:00 Berlin for 24 elapsed hours. On 25 October
    // (clocks back at 03:00) 24 hours after 09:00 CEST is 08:00 CET, an hour before the next one.
    Rotation imported =
        new Rotation(
            "payments",
            "Payments",
            "payments",
            List.of("payments-db"),
            Facts.BERLIN,
            LocalDateTime.parse("2026-01-01T09:00"),
            ShiftLength.parse("1d"),
            List.of(
                new RotationLayer("primary", List.of()),
                new RotationLayer("secondary", List.of("bob", "alice"))));
    f.rotations.clear();
    f.rotations.add(imported);
    List<ShiftOverride> days = new ArrayList<>();
    for (LocalDate d = LocalDate.parse("2026-10-20");
        d.isBefore(LocalDate.parse("2026-11-05"));
        d = d.plusDays(1)) {
      Instant from = d.atTime(LocalTime.of(9, 0)).atZone(Facts.BERLIN).toInstant();
      days.add(
          new ShiftOverride(
              "o" + d,
              "payments",
              "primary",
              "alice",
              from,
              from.plus(Duration.ofHours(24)),
              "ics"));
    }
    f.overrides.addAll(days);
    ReadinessLine line = f.line(Check.COVERAGE);
    assertThat(line.status()).isEqualTo(Status.RED);
    assertThat(line.evidence())
        .isEqualTo(
            "no primary from 2026-10-25 08:00 Europe/Berlin to 2026-10-25 09:00 Europe/Berlin");
    assertThat(line.fix()).contains("sitrep oncall cover");
  }

  @Test
  void noSecondaryLayerIsAnAmberGapForTheWholeFortnight() {
    Facts f = new Facts();
    f.rotations.clear();
    f.rotations.add(
        new Rotation(
            "payments",
            "Payments",
            "payments",
            List.of(),
            Facts.BERLIN,
            LocalDateTime.parse("2026-01-01T09:00"),
            ShiftLength.parse("7d"),
            List.of(new RotationLayer("primary", List.of("alice", "bob")))));
    ReadinessLine line = f.line(Check.COVERAGE);
    assertThat(line.status()).isEqualTo(Status.AMBER);
    assertThat(line.evidence())
        .isEqualTo(
            "no secondary from 2026-03-10 10:00 Europe/Berlin to 2026-03-24 10:00 Europe/Berlin");
  }

  @Test
  void someoneOnCallAfterANightPageRestsAndThatIsAConflict() {
    Facts f = new Facts();
    // 03:00 in Berlin: a night page. Bob holds secondary today (alice primary, 09:00 hand-over).
    f.pages.put("bob", List.of(Instant.parse("2026-03-10T02:00:00Z")));
    ReadinessLine line = f.line(Check.COVERAGE);
    assertThat(line.status()).isEqualTo(Status.AMBER);
    assertThat(line.evidence())
        .isEqualTo(
            "bob starts secondary at 2026-03-10 09:00 Europe/Berlin but rests after a night page"
                + " until 2026-03-11 03:00 Europe/Berlin");
    assertThat(line.fix()).contains("swap");
  }

  @Test
  void aDaytimePageNeedsNoRest() {
    Facts f = new Facts();
    f.now = Instant.parse("2026-03-10T15:00:00Z");
    f.pages.put("bob", List.of(Instant.parse("2026-03-10T13:00:00Z")));
    assertThat(f.line(Check.COVERAGE).status()).isEqualTo(Status.GREEN);
  }

  @Test
  void aNightPageBeforeTomorrowsShiftIsFoundWhenThatShiftStarts() {
    Facts f = new Facts();
    // Alice answered at 23:30 Berlin and rests for 24 hours: through the primary shift she holds
    // now and into the secondary shift she takes at 09:00 tomorrow.
    f.pages.put("alice", List.of(Instant.parse("2026-03-10T22:30:00Z")));
    f.now = Instant.parse("2026-03-10T23:00:00Z");
    ReadinessLine line = f.line(Check.COVERAGE);
    assertThat(line.status()).isEqualTo(Status.AMBER);
    assertThat(line.evidence()).contains("alice starts primary at 2026-03-10 09:00");
    assertThat(line.evidence()).contains("alice starts secondary at 2026-03-11 09:00");
  }
}
