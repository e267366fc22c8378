package org.sitrep.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.action.Tracking;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;

class ManagersViewModelTest {

  @TempDir Path dir;

  @Test
  void listsPostmortemsByStateAndOverdueActionsWithDrillsMarked() {
    try (Session s = Session.open(Optional.of(dir))) {
      s.workspace().setOperator("Dana Okafor");
      String real =
          s.incidents()
              .declare(
                  new NewIncident("Checkout down", Severity.SEV1, IncidentKind.REAL, List.of(), ""))
              .id();
      String drill =
          s.incidents()
              .declare(
                  new NewIncident("Disk drill", Severity.SEV3, IncidentKind.DRILL, List.of(), ""))
              .id();
      s.incidents().changeStatus(drill, IncidentStatus.RESOLVED);
      s.postmortems().generate(real, Set.of());
      s.actions()
          .add(
              drill,
              "Alert at 80% disk",
              Tracking.NONE.withDue(Optional.of(java.time.LocalDate.parse("2020-01-01"))));
      List<Throwable> failures = new ArrayList<>();
      ManagersViewModel model =
          new ManagersViewModel(s.managersReport(), Tasks.sameThread(), failures::add);

      model.load(() -> {});

      assertThat(model.postmortems())
          .extracting(ManagersViewModel.Row::state)
          .containsExactlyInAnyOrder("draft", "not started");
      assertThat(model.postmortems())
          .filteredOn(r -> r.incidentId().equals(drill))
          .extracting(ManagersViewModel.Row::text)
          .allMatch(t -> t.startsWith("[DRILL] "));
      assertThat(model.overdue()).hasSize(1);
      assertThat(model.overdue().get(0)).contains("[DRILL] Alert at 80% disk · no owner");
      assertThat(model.summary().get())
          .startsWith("1 not started · 1 draft · 0 in review · 0 approved · 0 published");
      // The drill is not counted in the incident figures.
      int counted =
          model.report().get().incidentsPerMonth().stream()
              .mapToInt(m -> m.bySeverity().values().stream().mapToInt(Integer::intValue).sum())
              .sum();
      assertThat(counted).isEqualTo(1);
      assertThat(failures).isEmpty();
    }
  }

  @Test
  void emptyChartsCarryTheirReasonUntilThereIsSomethingToDraw() {
    try (Session s = Session.open(Optional.of(dir))) {
      s.workspace().setOperator("Dana Okafor");
      List<Throwable> failures = new ArrayList<>();
      ManagersViewModel model =
          new ManagersViewModel(s.managersReport(), Tasks.sameThread(), failures::add);

      model.load(() -> {});
      assertThat(model.incidentsPerMonthMissing().get())
          .isEqualTo(
              "No data: no real incidents declared in the last 12 months (drills are not"
                  + " counted).");
      assertThat(model.responseTimesMissing().get())
          .isEqualTo(model.incidentsPerMonthMissing().get());

      String id =
          s.incidents()
              .declare(
                  new NewIncident("Checkout down", Severity.SEV1, IncidentKind.REAL, List.of(), ""))
              .id();
      s.incidents()
          .declare(new NewIncident("Search slow", Severity.SEV3, IncidentKind.REAL, List.of(), ""));
      model.load(() -> {});
      assertThat(model.incidentsPerMonthMissing().get()).isEmpty();
      assertThat(ManagersViewModel.busiestMonth(model.report().get())).isEqualTo(2);
      assertThat(model.responseTimesMissing().get())
          .startsWith("No data: no figure can be measured yet for the 2 real incidents");

      s.incidents().changeStatus(id, IncidentStatus.RESOLVED);
      model.load(() -> {});
      assertThat(model.responseTimesMissing().get()).isEmpty();
      assertThat(failures).isEmpty();
    }
  }
}
