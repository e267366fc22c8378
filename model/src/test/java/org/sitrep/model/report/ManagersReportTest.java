package org.sitrep.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.postmortem.PostmortemService;
import org.sitrep.model.postmortem.PostmortemState;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

class ManagersReportTest {

  @TempDir Path dir;

  @Test
  void drillsAreListedButNeverCountedAndOverdueReviewsShow() {
    SteppingClock clock = SteppingClock.at("2026-10-05T10:00:00Z");
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      IncidentService incidents = new IncidentService(ws);
      String real = resolved(incidents, clock, "Checkout down", IncidentKind.REAL, 20);
      String other = resolved(incidents, clock, "Search slow", IncidentKind.REAL, 40);
      String drill = resolved(incidents, clock, "Disk drill", IncidentKind.DRILL, 1);
      PostmortemService postmortems = new PostmortemService(ws);
      postmortems.generate(real, Set.of());
      postmortems.requestReview(
          real, List.of("Sam Lee"), Optional.of(clock.instant().plus(Duration.ofDays(1))));
      clock.set(Instant.parse("2026-11-10T10:00:00Z"));

      ManagersReport report = new ManagersReportService(ws).read();

      assertThat(report.postmortems())
          .extracting(r -> r.incident().id(), ManagersReport.PostmortemRow::stateLabel)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(real, "in review"),
              org.assertj.core.groups.Tuple.tuple(other, "not started"),
              org.assertj.core.groups.Tuple.tuple(drill, "not started"));
      assertThat(report.overdueReviews()).extracting(r -> r.incident().id()).containsExactly(real);
      assertThat(report.count(Optional.of(PostmortemState.IN_REVIEW))).isEqualTo(1);
      ManagersReport.MonthCount october =
          report.incidentsPerMonth().stream()
              .filter(m -> m.month().equals(YearMonth.of(2026, 10)))
              .findFirst()
              .orElseThrow();
      assertThat(october.bySeverity().get(Severity.SEV2)).isEqualTo(2);
      ManagersReport.MonthTimes times =
          report.responseTimes().stream()
              .filter(m -> m.month().equals(YearMonth.of(2026, 10)))
              .findFirst()
              .orElseThrow();
      // Median of 20 and 40 minutes; the drill's 1 minute would pull it down if counted.
      assertThat(times.toDetect()).contains(Duration.ofMinutes(30));
      assertThat(report.incidentsPerMonth()).hasSize(ManagersReportService.MONTHS);
    }
  }

  @Test
  void emptyChartsSayWhyInsteadOfDrawingNothing() {
    SteppingClock clock = SteppingClock.at("2026-10-05T10:00:00Z");
    try (Workspace ws = TestWorkspace.open(dir, clock)) {
      IncidentService incidents = new IncidentService(ws);
      ManagersReportService service = new ManagersReportService(ws);

      assertThat(service.read().responseTimesMissing())
          .contains(
              "No data: no real incidents declared in the last 12 months (drills are not"
                  + " counted).");

      incidents.declare(
          new NewIncident("Queue backlog", Severity.SEV3, IncidentKind.REAL, List.of(), ""));
      ManagersReport open = service.read();
      assertThat(open.incidentsPerMonthMissing()).isEmpty();
      assertThat(open.responseTimesMissing())
          .contains(
              "No data: no figure can be measured yet for the one real incident of the last 12"
                  + " months: none is mitigated or resolved, nor has both its start and detection"
                  + " recorded. Resolve with /status resolved, or set the times with"
                  + " /milestone started|detected|mitigated HH:MM.");

      String id =
          incidents
              .declare(
                  new NewIncident("Checkout down", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      clock.advance(Duration.ofMinutes(25));
      incidents.changeStatus(id, IncidentStatus.RESOLVED);
      ManagersReport resolved = service.read();
      assertThat(resolved.responseTimesMissing()).isEmpty();
      // No start recorded: resolved is measured from the declaration, as the postmortem does.
      assertThat(resolved.responseTimes().get(ManagersReportService.MONTHS - 1).toResolve())
          .contains(Duration.ofMinutes(25));
    }
  }

  private static String resolved(
      IncidentService incidents, SteppingClock clock, String title, IncidentKind kind, int ttd) {
    String id = incidents.declare(new NewIncident(title, Severity.SEV2, kind, List.of(), "")).id();
    Instant now = clock.instant();
    incidents.setMilestone(id, Milestone.STARTED, now.minus(Duration.ofMinutes(ttd)));
    incidents.setMilestone(id, Milestone.DETECTED, now);
    incidents.changeStatus(id, IncidentStatus.RESOLVED);
    clock.advance(Duration.ofMinutes(1));
    return id;
  }
}
