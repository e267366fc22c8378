package org.sitrep.model.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

class PostmortemMetricsTest {

  @TempDir Path dir;

  @Test
  void metricsSpanMidnightFromBackDatedMilestones() {
    SteppingClock clock = SteppingClock.at("2026-03-15T00:20:00Z");
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      IncidentService incidents = new IncidentService(ws);
      String id =
          incidents
              .declare(
                  new NewIncident("Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      // Declared after midnight; the impact began before it and is back-dated.
      incidents.setMilestone(id, Milestone.STARTED, Instant.parse("2026-03-14T23:40:00Z"));
      incidents.setMilestone(id, Milestone.DETECTED, Instant.parse("2026-03-14T23:58:30Z"));
      incidents.setMilestone(id, Milestone.ACKNOWLEDGED, clock.instant());
      clock.set(Instant.parse("2026-03-15T01:00:00Z"));
      incidents.setMilestone(id, Milestone.MITIGATED, Instant.parse("2026-03-15T00:55:00Z"));
      clock.set(Instant.parse("2026-03-15T01:10:30Z"));
      incidents.changeStatus(id, IncidentStatus.RESOLVED);

      String md = new PostmortemGenerator(ws).draft(id, true).markdown();

      assertThat(md)
          .contains("- Time to detect (started → detected): 18 min 30 s\n")
          .contains("- Time to acknowledge (started → acknowledged): 40 min 00 s\n")
          .contains("- Time to mitigate (started → mitigated): 1 h 15 min 00 s\n")
          .contains("- Time to resolve (started → resolved): 1 h 30 min 30 s\n")
          .contains("| started | 2026-03-14 23:40:00 UTC |")
          .contains("| resolved | 2026-03-15 01:10:30 UTC |")
          .contains("Milestone started at 2026-03-14 23:40:00 UTC (back-dated)")
          .doesNotContain("out of order");
    }
  }

  @Test
  void theLaptopsTimeZoneChangesNothing() {
    SteppingClock clock = SteppingClock.at("2026-03-29T00:30:00Z");
    TimeZone before = TimeZone.getDefault();
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      IncidentService incidents = new IncidentService(ws);
      String id =
          incidents
              .declare(
                  new NewIncident("DST night", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      // Europe's clocks jump an hour at 01:00 UTC that night; UTC spans do not.
      incidents.setMilestone(id, Milestone.STARTED, Instant.parse("2026-03-29T00:10:00Z"));
      clock.set(Instant.parse("2026-03-29T02:10:00Z"));
      incidents.setMilestone(id, Milestone.MITIGATED, clock.instant());
      PostmortemGenerator generator = new PostmortemGenerator(ws);
      String inUtc = generator.draft(id, true).markdown();

      TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
      String inBerlin = generator.draft(id, true).markdown();
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
      String inAuckland = generator.draft(id, true).markdown();

      assertThat(inBerlin).isEqualTo(inUtc);
      assertThat(inAuckland).isEqualTo(inUtc);
      assertThat(inUtc).contains("- Time to mitigate (started → mitigated): 2 h 00 min 00 s\n");
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void missingFiguresSayWhyAndHowToFillThem() {
    SteppingClock clock = SteppingClock.at("2026-03-15T10:00:00Z");
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      IncidentService incidents = new IncidentService(ws);
      String id =
          incidents
              .declare(
                  new NewIncident("Slow search", Severity.SEV3, IncidentKind.REAL, List.of(), ""))
              .id();
      incidents.setMilestone(id, Milestone.DETECTED, Instant.parse("2026-03-15T09:30:00Z"));
      clock.set(Instant.parse("2026-03-15T10:45:00Z"));
      incidents.setMilestone(id, Milestone.MITIGATED, clock.instant());

      String md = new PostmortemGenerator(ws).draft(id, true).markdown();

      assertThat(md)
          .contains(
              "- Time to detect (started → detected): not recorded — when the impact started is"
                  + " unknown: set it with `/milestone started HH:MM`\n")
          .contains(
              "- Time to acknowledge (detected → acknowledged): not recorded — no acknowledged"
                  + " milestone yet: set it with `/milestone acknowledged HH:MM`\n")
          .contains(
              "- Time to mitigate (detected → mitigated): 1 h 15 min 00 s — impact start not"
                  + " recorded, so measured from the detection: set it with `/milestone started"
                  + " HH:MM` if it began earlier\n")
          .contains(
              "- Time to resolve (detected → resolved): not recorded — not resolved yet: `/status"
                  + " resolved` records it, or set it with `/milestone resolved HH:MM`\n")
          .contains("| started | not recorded |")
          .contains("| detected | 2026-03-15 09:30:00 UTC |")
          .contains("| declared | 2026-03-15 10:00:00 UTC | [↗]");
    }
  }

  @Test
  void figuresFillThemselvesFromTheDeclarationAndTheResolution() {
    SteppingClock clock = SteppingClock.at("2026-03-15T10:00:00Z");
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      IncidentService incidents = new IncidentService(ws);
      String id =
          incidents
              .declare(
                  new NewIncident(
                      "Checkout 502s",
                      Severity.SEV2,
                      IncidentKind.REAL,
                      List.of(),
                      "Checkout returns 502 for a third of requests since the 09:40 deploy"))
              .id();
      clock.set(Instant.parse("2026-03-15T11:05:00Z"));
      incidents.changeStatus(id, IncidentStatus.RESOLVED);

      String md = new PostmortemGenerator(ws).draft(id, true).markdown();

      assertThat(md)
          .contains(
              "- Time to resolve (declared → resolved): 1 h 05 min 00 s — impact start not"
                  + " recorded, so measured from the declaration: set it with `/milestone started"
                  + " HH:MM` if it began earlier\n")
          .contains(
              "| Description | Checkout returns 502 for a third of requests since the 09:40 deploy"
                  + " |");
    }
  }

  @Test
  void startedAndDetectedGivenAtDeclareAreMilestones() {
    SteppingClock clock = SteppingClock.at("2026-03-15T10:00:00Z");
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      IncidentService incidents = new IncidentService(ws);
      String id =
          incidents
              .declare(
                  new NewIncident(
                      "Checkout 502s",
                      Severity.SEV2,
                      IncidentKind.REAL,
                      List.of(),
                      "",
                      java.util.Optional.of(Instant.parse("2026-03-15T09:40:00Z")),
                      java.util.Optional.empty()))
              .id();
      clock.set(Instant.parse("2026-03-15T10:30:00Z"));
      incidents.setMilestone(id, Milestone.RESOLVED, clock.instant());

      String md = new PostmortemGenerator(ws).draft(id, true).markdown();

      assertThat(md)
          .contains(
              "- Time to detect (started → declared): 20 min 00 s — measured to the declaration,"
                  + " detection not recorded: set it with `/milestone detected HH:MM`\n")
          .contains("- Time to resolve (started → resolved): 50 min 00 s\n")
          .contains("Milestone started at 2026-03-15 09:40:00 UTC (at declare)")
          .contains("Status: investigating → resolved (resolved milestone set)")
          .contains("| Status | resolved |");
    }
  }

  @Test
  void aStartAfterTheDeclarationIsRefusedAndNothingIsDeclared() {
    SteppingClock clock = SteppingClock.at("2026-03-15T10:00:00Z");
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      IncidentService incidents = new IncidentService(ws);
      NewIncident late =
          new NewIncident(
              "Checkout 502s",
              Severity.SEV2,
              IncidentKind.REAL,
              List.of(),
              "",
              java.util.Optional.of(Instant.parse("2026-03-15T10:20:00Z")),
              java.util.Optional.empty());

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> incidents.declare(late))
          .hasMessage(
              "started at 2026-03-15 10:20:00 UTC is after the declaration (2026-03-15 10:00:00"
                  + " UTC): it can only be now or earlier");
      assertThat(ws.read(org.sitrep.model.incident.IncidentRepository::all)).isEmpty();
    }
  }

  @Test
  void spansOfDaysAndOutOfOrderMilestonesAreSaid() {
    IncidentMetrics metrics =
        new IncidentMetrics(
            Map.of(
                Milestone.STARTED, Instant.parse("2026-12-31T23:59:59Z"),
                Milestone.DETECTED, Instant.parse("2026-12-31T23:50:00Z"),
                Milestone.RESOLVED, Instant.parse("2027-01-02T02:00:00Z")));

    assertThat(metrics.metrics())
        .extracting(m -> m.span().map(IncidentMetrics::say).orElse("not recorded"))
        .containsExactly("−9 min 59 s", "not recorded", "not recorded", "1 d 2 h 00 min 01 s");
    assertThat(metrics.orderProblems())
        .containsExactly(
            "detected (2026-12-31 23:50:00 UTC) is before started (2026-12-31 23:59:59 UTC)");
    assertThat(IncidentMetrics.say(Duration.ofSeconds(59))).isEqualTo("0 min 59 s");
  }
}
