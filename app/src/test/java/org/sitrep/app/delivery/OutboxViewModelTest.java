package org.sitrep.app.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.delivery.DeliveryOutbox;
import org.sitrep.model.delivery.DeliveryState;
import org.sitrep.model.delivery.TargetKind;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/** The outbox card's view-model on a real workspace, tasks run on the calling thread. */
class OutboxViewModelTest {

  @TempDir Path dir;
  private Workspace ws;
  private DeliveryOutbox outbox;
  private OutboxViewModel model;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
    outbox = new DeliveryOutbox(ws);
    model =
        new OutboxViewModel(
            outbox,
            () -> List.of("jira token", "slack hook"),
            ws.redactor()::redact,
            ws.wallClock(),
            Tasks.sameThread());
    model.activate();
  }

  @AfterEach
  void close() {
    model.deactivate();
    ws.close();
  }

  private void declare() {
    new IncidentService(ws)
        .declare(
            new NewIncident("Checkout API 502s", Severity.SEV2, IncidentKind.REAL, List.of(), ""));
    outbox.enqueueNew();
  }

  @Test
  void aTargetAddedHereHearsWhatIsWrittenAndTheRowSaysWhereItStands() {
    assertThat(model.credentials()).containsExactly("jira token", "slack hook");
    model.addTarget(
        TargetKind.JIRA,
        "jira",
        "https://acme.atlassian.net",
        "jira token",
        Map.of("project", "OPS", "issue-type", " ", "fields", ""),
        () -> {});
    assertThat(model.message().get())
        .isEqualTo("Target jira added: it hears what is written from now on");
    assertThat(model.targets())
        .containsExactly(
            "jira · jira · https://acme.atlassian.net · credential: jira token · {project=OPS}");

    declare();

    assertThat(model.rows()).hasSize(1);
    OutboxRow row = model.rows().get(0);
    assertThat(row.target()).isEqualTo("jira");
    assertThat(row.event()).isEqualTo("incident.declared");
    assertThat(row.state()).isEqualTo(DeliveryState.QUEUED.label());
    assertThat(row.attempts()).isZero();
    assertThat(row.nextAttempt()).isEqualTo("now");
    assertThat(row.cancellable()).isTrue();

    model.cancel(row);
    assertThat(model.rows().get(0).state()).isEqualTo(DeliveryState.CANCELLED.label());
    assertThat(model.rows().get(0).lastError()).isEqualTo("cancelled by " + ws.operator());
    model.retry(model.rows().get(0));
    assertThat(model.rows().get(0).state()).isEqualTo(DeliveryState.QUEUED.label());
    assertThat(model.message().get()).endsWith("to jira goes at the next send");
  }

  @Test
  void aRefusedTargetSaysWhyAndAddsNothing() {
    boolean[] cleared = {false};
    model.addTarget(
        TargetKind.STATUSPAGE,
        "status",
        "https://api.statuspage.io",
        "jira token",
        Map.of(),
        () -> cleared[0] = true);
    assertThat(model.message().get()).isEqualTo("target status: a statuspage target needs --page");
    assertThat(model.targets()).isEmpty();
    assertThat(cleared[0]).isFalse();

    model.addTarget(TargetKind.SLACK, "war-room", "", null, Map.of(), () -> {});
    assertThat(model.message().get()).contains("needs --credential VAULT_ITEM");
  }

  @Test
  void aCancelOfADeliveryNoLongerQueuedIsRefusedInWords() {
    outbox.addTarget(
        "hook", TargetKind.WEBHOOK, Optional.of("https://hooks.example"), "k", Map.of());
    declare();
    OutboxRow row = model.rows().get(0);
    outbox.cancel(row.id());
    model.cancel(row); // the row on screen is stale: another window or the CLI cancelled it

    assertThat(model.message().get())
        .isEqualTo("delivery " + row.id() + " is cancelled: only a queued one is cancelled");
  }
}
