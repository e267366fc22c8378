package org.sitrep.app.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

class IncidentListViewModelTest {

  @TempDir Path dir;

  @Test
  void drillsNeverSitAmongRealIncidents() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      IncidentService incidents = new IncidentService(ws);
      Incident real =
          incidents.declare(
              new NewIncident("Real outage", Severity.SEV1, IncidentKind.REAL, List.of(), ""));
      Incident drill =
          incidents.declare(
              new NewIncident("Game day", Severity.SEV1, IncidentKind.DRILL, List.of(), ""));
      Incident done =
          incidents.declare(
              new NewIncident("Old one", Severity.SEV4, IncidentKind.REAL, List.of(), ""));
      incidents.changeStatus(done.id(), IncidentStatus.RESOLVED);
      IncidentListViewModel model =
          new IncidentListViewModel(
              new org.sitrep.model.board.IncidentBoard(ws),
              Tasks.sameThread(),
              e -> {
                throw new AssertionError(e);
              });
      model.refresh(() -> {});

      assertThat(model.incidents()).extracting(Incident::id).containsExactly(real.id());
      model.filter().set(IncidentListViewModel.Filter.DRILLS);
      assertThat(model.incidents()).extracting(Incident::id).containsExactly(drill.id());
      model.filter().set(IncidentListViewModel.Filter.RESOLVED);
      assertThat(model.incidents()).extracting(Incident::id).containsExactly(done.id());
      model.filter().set(IncidentListViewModel.Filter.ALL);
      assertThat(model.incidents())
          .as("newest first")
          .extracting(Incident::id)
          .containsExactly(done.id(), drill.id(), real.id());

      String tail = real.id().substring(real.id().length() - 4).toLowerCase(java.util.Locale.ROOT);
      assertThat(model.findByReference(tail)).contains(real);
      assertThat(model.findByReference("INC-")).as("ambiguous").isEmpty();

      model.filter().set(IncidentListViewModel.Filter.ACTIVE);
      model.reveal(drill);
      assertThat(model.filter().get()).isEqualTo(IncidentListViewModel.Filter.DRILLS);
    }
  }

  @Test
  void whileActiveTheListFollowsCommitsAndOnceDeactivatedItHoldsNoSubscription() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      IncidentService incidents = new IncidentService(ws);
      IncidentListViewModel model =
          new IncidentListViewModel(
              new org.sitrep.model.board.IncidentBoard(ws),
              Tasks.sameThread(),
              e -> {
                throw new AssertionError(e);
              });
      model.activate();
      Incident first =
          incidents.declare(
              new NewIncident("Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of(), ""));
      // No refresh call: the commit itself brought it.
      assertThat(model.incidents()).extracting(Incident::id).containsExactly(first.id());

      model.deactivate();
      assertThat(ws.changes().watchers()).isZero();
      incidents.declare(
          new NewIncident(
              "Not seen while hidden", Severity.SEV3, IncidentKind.REAL, List.of(), ""));
      assertThat(model.incidents()).extracting(Incident::id).containsExactly(first.id());
    }
  }
}
