package org.sitrep.model.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

/** The delivery outbox on a real workspace file: what is queued, in what order, and once. */
class DeliveryOutboxTest {

  @TempDir Path dir;
  private final SteppingClock clock = SteppingClock.at("2026-12-07T10:00:00Z");
  private Workspace ws;
  private IncidentService incidents;
  private DeliveryOutbox outbox;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir, clock);
    incidents = new IncidentService(ws);
    outbox = new DeliveryOutbox(ws);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private Incident declare(String title, IncidentKind kind) {
    return incidents.declare(new NewIncident(title, Severity.SEV2, kind, List.of("checkout"), ""));
  }

  private List<Delivery> oldestFirst() {
    List<Delivery> all = new ArrayList<>(outbox.list(false, 100));
    java.util.Collections.reverse(all);
    return all;
  }

  @Test
  void theWarRoomHearsDeclareStatusUpdatesSeverityAndResolveInOrderNotNotes() {
    outbox.addTarget("war-room", TargetKind.SLACK, Optional.empty(), "slack hook", Map.of());
    try (Subscription s = outbox.enqueueOnChanges()) {
      Incident inc = declare("Checkout API 502s", IncidentKind.REAL);
      incidents.addEntry(inc.id(), EntryKind.NOTE, "looking at the LB");
      incidents.changeSeverity(inc.id(), Severity.SEV1);
      incidents.changeStatus(inc.id(), IncidentStatus.IDENTIFIED);
      incidents.addEntry(inc.id(), EntryKind.COMMS, "Rolling back 2026.11.3");
      incidents.changeStatus(inc.id(), IncidentStatus.RESOLVED);
    }

    List<Delivery> queued = oldestFirst();
    assertThat(queued)
        .extracting(Delivery::event)
        .containsExactly(
            "incident.declared",
            "severity.raised",
            "status.changed",
            "comms.recorded",
            "incident.resolved");
    assertThat(queued).allMatch(d -> d.state() == DeliveryState.QUEUED && d.attempts() == 0);
    // Each notice carries the incident as the entry left it, not as it is now.
    assertThat(queued.get(0).notice().status()).isEqualTo("investigating");
    assertThat(queued.get(0).notice().severity()).isEqualTo(2);
    assertThat(queued.get(1).notice().severity()).isEqualTo(1);
    assertThat(queued.get(2).notice().status()).isEqualTo("identified");
    assertThat(queued.get(4).notice().status()).isEqualTo("resolved");
    assertThat(queued.get(3).notice().text()).isEqualTo("Rolling back 2026.11.3");
    assertThat(queued.get(0).notice().link())
        .startsWith("sitrep://incident/" + queued.get(0).incidentId() + "#");
    assertThat(queued.get(0).idempotencyKey())
        .isEqualTo("sitrep-war-room-" + queued.get(0).entryId());
    assertThat(outbox.waiting()).isEqualTo(5);
  }

  @Test
  void entriesQueuedLateCarryTheSeverityAndStatusTheyHadWhenWritten() {
    outbox.addTarget("war-room", TargetKind.SLACK, Optional.empty(), "slack hook", Map.of());
    Incident inc = declare("Checkout API 502s", IncidentKind.REAL);
    incidents.changeStatus(inc.id(), IncidentStatus.IDENTIFIED);
    incidents.changeSeverity(inc.id(), Severity.SEV1);
    incidents.changeStatus(inc.id(), IncidentStatus.MONITORING);

    outbox.enqueueNew(); // one late look, as after a crash

    assertThat(oldestFirst())
        .extracting(d -> d.event() + " " + d.notice().status() + " SEV" + d.notice().severity())
        .containsExactly(
            "incident.declared investigating SEV2",
            "status.changed identified SEV2",
            "severity.raised identified SEV1",
            "status.changed monitoring SEV1");
  }

  @Test
  void anEntryIsQueuedOncePerTargetHoweverOftenTheOutboxLooks() {
    outbox.addTarget(
        "hook", TargetKind.WEBHOOK, Optional.of("https://hooks.example.com/in"), "k", Map.of());
    Incident inc = declare("Disk full on db-1", IncidentKind.REAL);
    incidents.addEntry(inc.id(), EntryKind.NOTE, "df shows 100%");

    assertThat(outbox.enqueueNew()).isEqualTo(2);
    assertThat(outbox.enqueueNew()).isZero();
    assertThat(outbox.list(false, 100)).hasSize(2);
  }

  @Test
  void aTargetAddedLaterDoesNotHearThePast() {
    Incident inc = declare("Old incident", IncidentKind.REAL);
    outbox.addTarget(
        "hook", TargetKind.WEBHOOK, Optional.of("https://hooks.example.com/in"), "k", Map.of());
    incidents.addEntry(inc.id(), EntryKind.DECISION, "Fail over to eu-west");

    outbox.enqueueNew();

    assertThat(outbox.list(false, 10))
        .extracting(Delivery::event)
        .containsExactly("decision.recorded");
  }

  @Test
  void secretsAreMaskedBeforeTheyAreQueued() {
    outbox.addTarget(
        "hook", TargetKind.WEBHOOK, Optional.of("https://hooks.example.com/in"), "k", Map.of());
    Incident inc = declare("Leaked key", IncidentKind.REAL);
    // The vault teaches the redactor its values when it unlocks; a value learned after the entry
    // was written is still masked in the delivery, which is redacted again before it is queued.
    LogEntry note =
        incidents.addEntry(inc.id(), EntryKind.NOTE, "tried hunter2-canary-7731 on db-1");
    ws.redactor().learn("hunter2-canary-7731");
    incidents.addEntry(inc.id(), EntryKind.NOTE, "key AKIAIOSFODNN7EXAMPLE was in the repo");

    outbox.enqueueNew();

    String stored =
        ws.read(
            dsl ->
                dsl.select(org.sitrep.model.store.schema.Tables.DELIVERY.PAYLOAD)
                    .from(org.sitrep.model.store.schema.Tables.DELIVERY)
                    .fetch(org.sitrep.model.store.schema.Tables.DELIVERY.PAYLOAD)
                    .toString());
    assertThat(note.text()).contains("hunter2-canary-7731"); // the log had it (learned too late)
    assertThat(stored).doesNotContain("hunter2-canary-7731").doesNotContain("AKIAIOSFODNN7EXAMPLE");
    assertThat(stored).contains("[REDACTED");
  }

  @Test
  void targetsAreCheckedAndTheirSecretsStayInTheVault() {
    assertThatThrownBy(
            () ->
                outbox.addTarget(
                    "s",
                    TargetKind.SLACK,
                    Optional.of("https://hooks.slack.com/services/T/B/x"),
                    "i",
                    Map.of()))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("is a secret");
    assertThatThrownBy(
            () ->
                outbox.addTarget(
                    "j", TargetKind.JIRA, Optional.of("https://x.atlassian.net"), "i", Map.of()))
        .hasMessageContaining("needs --project");
    assertThatThrownBy(
            () ->
                outbox.addTarget(
                    "w",
                    TargetKind.WEBHOOK,
                    Optional.of("https://u:p@hooks.example.com/"),
                    "i",
                    Map.of()))
        .hasMessageContaining("login");
    assertThatThrownBy(
            () ->
                outbox.addTarget(
                    "s p", TargetKind.WEBHOOK, Optional.of("https://h.example/"), "i", Map.of()))
        .hasMessageContaining("target name");
    assertThat(outbox.targets()).isEmpty();
  }

  @Test
  void removingATargetCancelsWhatItHadQueued() {
    outbox.addTarget("war-room", TargetKind.MATTERMOST, Optional.empty(), "mm", Map.of());
    declare("Queue backlog", IncidentKind.REAL);
    outbox.enqueueNew();

    assertThat(outbox.removeTarget("war-room")).isEqualTo(1);

    assertThat(outbox.list(false, 10))
        .extracting(Delivery::state)
        .containsExactly(DeliveryState.CANCELLED);
    assertThat(outbox.targets()).isEmpty();
    assertThat(outbox.waiting()).isZero();
  }

  @Test
  void aCancelIsLoggedOnTheIncidentAndARetryQueuesItAgain() {
    outbox.addTarget("war-room", TargetKind.SLACK, Optional.empty(), "slack hook", Map.of());
    Incident inc = declare("Queue backlog", IncidentKind.REAL);
    outbox.enqueueNew();
    long id = outbox.list(false, 1).get(0).id();

    outbox.cancel(id);
    assertThat(outbox.get(id).state()).isEqualTo(DeliveryState.CANCELLED);
    List<LogEntry> timeline = ws.read(dsl -> LogRepository.timeline(dsl, inc.id()));
    assertThat(timeline)
        .filteredOn(e -> e.event() == EventCode.DELIVERY_FAILED)
        .extracting(LogEntry::text)
        .containsExactly("Not delivered to war-room (incident.declared): cancelled by Alex Rivera");

    assertThat(outbox.retry(id).state()).isEqualTo(DeliveryState.QUEUED);
    assertThatThrownBy(() -> outbox.cancel(id + 100)).hasMessageContaining("no delivery");
    // The entries the cancel wrote are never delivered themselves.
    assertThat(outbox.enqueueNew()).isZero();
  }

  @Test
  void backoffDoublesWithJitterAndHonoursRetryAfter() {
    Backoff low = new Backoff(() -> 0.0);
    Backoff high = new Backoff(() -> 0.999);
    assertThat(low.after(1, Optional.empty())).isEqualTo(Duration.ofMillis(2500));
    assertThat(high.after(1, Optional.empty()))
        .isBetween(Duration.ofMillis(4990), Duration.ofSeconds(5));
    assertThat(low.after(2, Optional.empty())).isEqualTo(Duration.ofSeconds(5));
    assertThat(low.after(3, Optional.empty())).isEqualTo(Duration.ofSeconds(10));
    assertThat(low.after(40, Optional.empty())).isEqualTo(Duration.ofMinutes(15).dividedBy(2));
    assertThat(low.after(1, Optional.of(Duration.ofSeconds(120))))
        .isEqualTo(Duration.ofSeconds(120));
    assertThat(low.after(1, Optional.of(Duration.ofDays(1)))).isEqualTo(Duration.ofHours(1));
  }
}
