package org.sitrep.app.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.log.Times;
import org.sitrep.model.postmortem.PostmortemState;
import org.sitrep.model.report.ManagersReport;
import org.sitrep.model.report.ManagersReportService;

/**
 * Ctrl+Shift+M: postmortems across incidents by state, what is overdue, and the trends. The charts
 * read {@link #report()}; the lists here are the rows as a manager reads them, drills marked.
 */
public final class ManagersViewModel {

  /** One postmortem as listed: which incident, where it stands, and what is late. */
  public record Row(String incidentId, String text, String state, boolean overdue) {}

  private final ManagersReportService service;
  private final Tasks tasks;
  private final Consumer<Throwable> onFailure;
  private final ObjectProperty<ManagersReport> report = new SimpleObjectProperty<>();
  private final ObservableList<Row> postmortems = FXCollections.observableArrayList();
  private final ObservableList<String> overdue = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty incidentsPerMonthMissing = new SimpleStringProperty("");
  private final StringProperty responseTimesMissing = new SimpleStringProperty("");

  public ManagersViewModel(
      ManagersReportService service, Tasks tasks, Consumer<Throwable> onFailure) {
    this.service = service;
    this.tasks = tasks;
    this.onFailure = onFailure;
  }

  public void load(Runnable done) {
    tasks.run(
        service::read,
        r -> {
          show(r);
          done.run();
        },
        onFailure);
  }

  private void show(ManagersReport r) {
    List<Row> rows = new ArrayList<>();
    for (ManagersReport.PostmortemRow p : r.postmortems()) {
      String drill = p.incident().isDrill() ? "[DRILL] " : "";
      String late =
          p.reviewOverdue() ? " · review overdue since " + day(p.reviewDue().orElseThrow()) : "";
      rows.add(
          new Row(
              p.incident().id(),
              drill
                  + p.incident().id()
                  + " · "
                  + p.incident().severity()
                  + " · "
                  + p.incident().title()
                  + late,
              p.stateLabel(),
              p.reviewOverdue()));
    }
    postmortems.setAll(rows);
    List<String> late = new ArrayList<>();
    for (ManagersReport.PostmortemRow p : r.overdueReviews()) {
      late.add(
          "Review of "
              + (p.incident().isDrill() ? "[DRILL] " : "")
              + p.incident().id()
              + " overdue since "
              + day(p.reviewDue().orElseThrow())
              + (p.reviewers().isEmpty() ? "" : " · " + String.join(", ", p.reviewers())));
    }
    for (ManagersReport.OverdueAction a : r.overdueActions()) {
      late.add(
          a.daysOverdue()
              + " d late · "
              + (a.incident().isDrill() ? "[DRILL] " : "")
              + a.item().text()
              + " · "
              + a.item().tracking().owner().orElse("no owner")
              + " · "
              + a.incident().id());
    }
    overdue.setAll(late);
    summary.set(
        states(r)
            + " · "
            + r.overdueReviews().size()
            + " reviews and "
            + r.overdueActions().size()
            + " action items overdue");
    incidentsPerMonthMissing.set(r.incidentsPerMonthMissing().orElse(""));
    responseTimesMissing.set(r.responseTimesMissing().orElse(""));
    report.set(r);
  }

  /** The most real incidents declared in one month: the top of the per-month chart. */
  public static int busiestMonth(ManagersReport r) {
    return r.incidentsPerMonth().stream()
        .mapToInt(m -> m.bySeverity().values().stream().mapToInt(Integer::intValue).sum())
        .max()
        .orElse(0);
  }

  /** "2 not started · 1 in review · 1 approved · 0 published". */
  static String states(ManagersReport r) {
    List<String> parts = new ArrayList<>();
    parts.add(r.count(Optional.empty()) + " not started");
    for (PostmortemState s : PostmortemState.values()) {
      parts.add(r.count(Optional.of(s)) + " " + s.label());
    }
    return String.join(" · ", parts);
  }

  private static String day(java.time.Instant t) {
    return Times.utc(t).substring(0, 10);
  }

  /** Minutes, for the response-time chart; zero where nothing was recorded. */
  public static double minutes(Optional<Duration> d) {
    return d.map(x -> x.toSeconds() / 60.0).orElse(0.0);
  }

  public ObjectProperty<ManagersReport> report() {
    return report;
  }

  public ObservableList<Row> postmortems() {
    return postmortems;
  }

  public ObservableList<String> overdue() {
    return overdue;
  }

  public StringProperty summary() {
    return summary;
  }

  /** Why the per-month chart is empty, and what would fill it; empty when it has bars. */
  public StringProperty incidentsPerMonthMissing() {
    return incidentsPerMonthMissing;
  }

  /** Why the median-times chart is empty, and how to fill it; empty when it has bars. */
  public StringProperty responseTimesMissing() {
    return responseTimesMissing;
  }
}
