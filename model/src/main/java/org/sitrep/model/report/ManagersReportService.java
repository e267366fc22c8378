package org.sitrep.model.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.action.ActionItemRepository;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.postmortem.IncidentMetrics;
import org.sitrep.model.postmortem.PostmortemRepository;
import org.sitrep.model.postmortem.PostmortemRepository.Header;
import org.sitrep.model.store.Workspace;

/** Reads the {@link ManagersReport} in one go, as of this laptop's clock. */
public final class ManagersReportService {

  /** Months shown in the trend charts, ending with the current one. */
  public static final int MONTHS = 12;

  private final Workspace workspace;

  public ManagersReportService(Workspace workspace) {
    this.workspace = workspace;
  }

  public ManagersReport read() {
    Instant now = workspace.wallClock().instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    return workspace.read(dsl -> read(dsl, now, today));
  }

  static ManagersReport read(DSLContext dsl, Instant now, LocalDate today) {
    List<Incident> incidents = org.sitrep.model.incident.IncidentRepository.all(dsl);
    Map<String, Incident> byId =
        incidents.stream().collect(Collectors.toMap(Incident::id, Function.identity()));
    Map<String, Header> headers = new HashMap<>();
    PostmortemRepository.headers(dsl).forEach(h -> headers.put(h.incidentId(), h));
    List<ManagersReport.PostmortemRow> rows = new ArrayList<>();
    for (Incident i : incidents) {
      Header h = headers.get(i.id());
      boolean owesOne =
          i.status() == IncidentStatus.RESOLVED || i.status() == IncidentStatus.CLOSED;
      if (h == null && !owesOne) {
        continue;
      }
      rows.add(
          new ManagersReport.PostmortemRow(
              i,
              Optional.ofNullable(h).map(Header::state),
              Optional.ofNullable(h).flatMap(Header::reviewDue),
              h != null
                  && h.state() == org.sitrep.model.postmortem.PostmortemState.IN_REVIEW
                  && h.reviewDue().map(now::isAfter).orElse(false),
              h == null ? List.of() : h.reviewers()));
    }
    List<ManagersReport.OverdueAction> overdue = new ArrayList<>();
    for (ActionItem a : ActionItemRepository.overdue(dsl, today)) {
      Incident i = byId.get(a.incidentId());
      long days = ChronoUnit.DAYS.between(a.tracking().due().orElseThrow(), today);
      overdue.add(new ManagersReport.OverdueAction(a, i, days));
    }
    List<Incident> real = incidents.stream().filter(i -> !i.isDrill()).toList();
    return new ManagersReport(today, rows, overdue, perMonth(real, today), times(real, today));
  }

  private static List<YearMonth> months(LocalDate today) {
    List<YearMonth> out = new ArrayList<>();
    YearMonth last = YearMonth.from(today);
    for (int k = MONTHS - 1; k >= 0; k--) {
      out.add(last.minusMonths(k));
    }
    return out;
  }

  private static YearMonth month(Incident i) {
    return YearMonth.from(i.declaredAt().atZone(ZoneOffset.UTC));
  }

  private static List<ManagersReport.MonthCount> perMonth(List<Incident> real, LocalDate today) {
    List<ManagersReport.MonthCount> out = new ArrayList<>();
    for (YearMonth m : months(today)) {
      Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
      for (Severity s : Severity.values()) {
        counts.put(s, 0);
      }
      real.stream()
          .filter(i -> month(i).equals(m))
          .forEach(i -> counts.merge(i.severity(), 1, Integer::sum));
      out.add(new ManagersReport.MonthCount(m, counts));
    }
    return out;
  }

  private static List<ManagersReport.MonthTimes> times(List<Incident> real, LocalDate today) {
    List<ManagersReport.MonthTimes> out = new ArrayList<>();
    for (YearMonth m : months(today)) {
      List<Incident> in = real.stream().filter(i -> month(i).equals(m)).toList();
      out.add(
          new ManagersReport.MonthTimes(
              m,
              median(in, Milestone.DETECTED),
              median(in, Milestone.MITIGATED),
              median(in, Milestone.RESOLVED)));
    }
    return out;
  }

  /**
   * Median of the figure that ends at {@code until}, measured as the postmortem measures it (from
   * started, else detected, else the declaration); spans that run backwards (bad milestones) are
   * left out.
   */
  static Optional<Duration> median(List<Incident> incidents, Milestone until) {
    List<Duration> spans = new ArrayList<>();
    for (Incident i : incidents) {
      IncidentMetrics.of(i).metrics().stream()
          .filter(m -> m.until() == until)
          .findFirst()
          .flatMap(IncidentMetrics.Metric::span)
          .filter(d -> !d.isNegative())
          .ifPresent(spans::add);
    }
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    spans.sort(Duration::compareTo);
    int n = spans.size();
    return Optional.of(
        n % 2 == 1 ? spans.get(n / 2) : spans.get(n / 2 - 1).plus(spans.get(n / 2)).dividedBy(2));
  }
}
