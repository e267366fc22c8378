package org.sitrep.model.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.postmortem.PostmortemState;

/**
 * What a manager looks at across incidents: where each postmortem stands, what is overdue, and how
 * incidents and response times trend. Drills are listed (marked) among postmortems but never
 * counted in the incident figures: an exercise is not an outage.
 *
 * @param today the UTC day "overdue" is measured against
 */
public record ManagersReport(
    LocalDate today,
    List<PostmortemRow> postmortems,
    List<OverdueAction> overdueActions,
    List<MonthCount> incidentsPerMonth,
    List<MonthTimes> responseTimes) {

  /**
   * One incident that owes or has a postmortem.
   *
   * @param state empty while no postmortem has been started
   */
  public record PostmortemRow(
      Incident incident,
      Optional<PostmortemState> state,
      Optional<Instant> reviewDue,
      boolean reviewOverdue,
      List<String> reviewers) {

    public String stateLabel() {
      return state.map(PostmortemState::label).orElse("not started");
    }
  }

  public record OverdueAction(ActionItem item, Incident incident, long daysOverdue) {}

  /** Real incidents declared in {@code month}, by severity (every severity present, maybe 0). */
  public record MonthCount(YearMonth month, Map<Severity, Integer> bySeverity) {}

  /** Medians over the month's real incidents that recorded both milestones of a figure. */
  public record MonthTimes(
      YearMonth month,
      Optional<Duration> toDetect,
      Optional<Duration> toMitigate,
      Optional<Duration> toResolve) {}

  /** Real incidents counted in the per-month chart. */
  public int realIncidents() {
    return incidentsPerMonth.stream()
        .mapToInt(m -> m.bySeverity().values().stream().mapToInt(Integer::intValue).sum())
        .sum();
  }

  /** Why the per-month chart has nothing to draw; empty when it has. */
  public Optional<String> incidentsPerMonthMissing() {
    return realIncidents() > 0
        ? Optional.empty()
        : Optional.of(
            "No data: no real incidents declared in the last "
                + incidentsPerMonth.size()
                + " months (drills are not counted).");
  }

  /**
   * Why the response-time chart has nothing to draw, and how to fill it; empty when any month has a
   * figure. An empty plot reads as "all zero", which is the one thing it does not mean.
   */
  public Optional<String> responseTimesMissing() {
    boolean any =
        responseTimes.stream()
            .anyMatch(
                t ->
                    t.toDetect().isPresent()
                        || t.toMitigate().isPresent()
                        || t.toResolve().isPresent());
    if (any) {
      return Optional.empty();
    }
    int real = realIncidents();
    if (real == 0) {
      return incidentsPerMonthMissing();
    }
    return Optional.of(
        "No data: no figure can be measured yet for the "
            + (real == 1 ? "one real incident" : real + " real incidents")
            + " of the last "
            + responseTimes.size()
            + " months: none is mitigated or resolved, nor has both its start and detection"
            + " recorded. Resolve with /status resolved, or set the times with"
            + " /milestone started|detected|mitigated HH:MM.");
  }

  /** How many postmortems are in {@code state}; empty counts those not started. */
  public long count(Optional<PostmortemState> state) {
    return postmortems.stream().filter(r -> r.state().equals(state)).count();
  }

  public List<PostmortemRow> overdueReviews() {
    return postmortems.stream().filter(PostmortemRow::reviewOverdue).toList();
  }
}
