package org.sitrep.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.delivery.DeliveryOutbox;
import org.sitrep.model.delivery.TargetKind;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/** The status bar's delivery figure, on a real workspace, with tasks run on the calling thread. */
class DeliveryStatusViewModelTest {

  @TempDir Path dir;

  @Test
  void showsNothingWithoutTargetsThenQueuedAsEntriesAreWrittenAndReleasesOnDeactivate() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      DeliveryOutbox outbox = new DeliveryOutbox(ws);
      DeliveryStatusViewModel model =
          new DeliveryStatusViewModel(
              outbox,
              Tasks.sameThread(),
              e -> {
                throw new AssertionError(e);
              });
      model.activate();
      assertThat(model.text().get()).isEmpty();

      outbox.addTarget("war-room", TargetKind.SLACK, Optional.empty(), "slack hook", Map.of());
      new IncidentService(ws)
          .declare(
              new NewIncident(
                  "Checkout API 502s", Severity.SEV2, IncidentKind.REAL, List.of(), ""));

      assertThat(model.text().get()).isEqualTo("Deliveries: 1 queued");
      assertThat(model.detail().get()).isEqualTo("war-room: waiting to be sent");

      outbox.cancel(outbox.list(true, 1).get(0).id());
      assertThat(model.text().get()).isEqualTo("Deliveries: all sent");

      model.deactivate();
      assertThat(ws.changes().watchers()).isZero();
    }
  }
}
