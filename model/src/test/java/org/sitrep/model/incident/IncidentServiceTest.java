package org.sitrep.model.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

class IncidentServiceTest {

  @TempDir Path dir;
  private final SteppingClock wall = SteppingClock.at("2026-11-21T14:00:00Z");
  private Workspace ws;
  private IncidentService incidents;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir, wall);
    incidents = new IncidentService(ws);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private Incident declare() {
    return incidents.declare(
        new NewIncident(
            "Checkout API 502s",
            Severity.SEV2,
            IncidentKind.REAL,
            List.of("checkout", "payments"),
            "Spike of 502s from the edge"));
  }

  private List<LogEntry> timeline(String id) {
    return ws.read(dsl -> LogRepository.timeline(dsl, id));
  }

  @Test
  void declaringStoresTheIncidentAndLogsIt() {
    Incident declared = declare();

    Incident stored = ws.read(dsl -> IncidentRepository.get(dsl, declared.id()));
    assertThat(stored.id()).matches("INC-261121-[0-9A-Z]{4}");
    assertThat(stored.title()).isEqualTo("Checkout API 502s");
    assertThat(stored.severity()).isEqualTo(Severity.SEV2);
    assertThat(stored.status()).isEqualTo(IncidentStatus.INVESTIGATING);
    assertThat(stored.services()).containsExactly("checkout", "payments");
    assertThat(stored.declaredBy()).isEqualTo("Alex Rivera");
    List<LogEntry> log = timeline(declared.id());
    assertThat(log)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.event()).isEqualTo(EventCode.INCIDENT_DECLARED);
              assertThat(e.author()).isEqualTo("Alex Rivera");
              assertThat(e.device()).isEqualTo(ws.device().id());
              assertThat(e.wallTime()).isEqualTo(wall.instant());
              assertThat(e.text()).contains("SEV2").contains("Checkout API 502s");
            });
  }

  @Test
  void aDrillSaysSoInItsFirstEntry() {
    Incident drill =
        incidents.declare(
            new NewIncident("Game day: DB full", Severity.SEV1, IncidentKind.DRILL, List.of(), ""));
    assertThat(drill.isDrill()).isTrue();
    assertThat(timeline(drill.id()).get(0).text()).startsWith("DRILL");
  }

  @Test
  void refusesAnEmptyTitleAndWritesNothing() {
    assertThatThrownBy(
            () ->
                incidents.declare(
                    new NewIncident("   ", Severity.SEV2, IncidentKind.REAL, List.of(), "")))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("title is empty");
    assertThat(ws.read(IncidentRepository::all)).isEmpty();
    List<OutboxOperation> ops = ws.read(dsl -> OutboxRepository.after(dsl, ws.device().id(), 0));
    assertThat(ops).isEmpty();
  }

  @Test
  void everyChangeWritesOutboxOperationsInOrder() {
    Incident incident = declare();
    incidents.changeSeverity(incident.id(), Severity.SEV1);

    List<OutboxOperation> ops = ws.read(dsl -> OutboxRepository.after(dsl, ws.device().id(), 0));
    assertThat(ops)
        .extracting(OutboxOperation::seq)
        .containsExactly(
            java.util.stream.LongStream.rangeClosed(1, ops.size()).boxed().toArray(Long[]::new));
    assertThat(ops)
        .anySatisfy(
            op -> {
              assertThat(op.entity()).isEqualTo("incident");
              assertThat(op.field()).isEqualTo("severity");
              assertThat(op.valueJson()).isEqualTo("1");
            });
    assertThat(ops).filteredOn(op -> op.entity().equals("log_entry")).hasSize(2);
    for (int i = 1; i < ops.size(); i++) {
      assertThat(ops.get(i).hlc()).isGreaterThanOrEqualTo(ops.get(i - 1).hlc());
    }
  }

  @Test
  void statusMovesThroughTheLifecycleAndReopensLoudly() {
    Incident incident = declare();
    incidents.changeStatus(incident.id(), IncidentStatus.IDENTIFIED);
    incidents.changeStatus(incident.id(), IncidentStatus.MONITORING);
    wall.advance(Duration.ofMinutes(30));
    incidents.changeStatus(incident.id(), IncidentStatus.RESOLVED);
    Incident resolved = ws.read(dsl -> IncidentRepository.get(dsl, incident.id()));
    assertThat(resolved.milestone(Milestone.RESOLVED)).contains(wall.instant());

    LogEntry reopened = incidents.changeStatus(incident.id(), IncidentStatus.INVESTIGATING);

    assertThat(reopened.event()).isEqualTo(EventCode.INCIDENT_REOPENED);
    assertThat(reopened.text()).isEqualTo("Re-opened: resolved → investigating");
    assertThat(
            ws.read(dsl -> IncidentRepository.get(dsl, incident.id()))
                .milestone(Milestone.RESOLVED))
        .isEmpty();
  }

  @Test
  void refusesToCloseAnIncidentThatIsNotResolved() {
    Incident incident = declare();
    assertThatThrownBy(() -> incidents.changeStatus(incident.id(), IncidentStatus.CLOSED))
        .hasMessageContaining("only a resolved incident can be closed");
    assertThatThrownBy(() -> incidents.changeStatus(incident.id(), IncidentStatus.INVESTIGATING))
        .hasMessageContaining("already investigating");
  }

  @Test
  void severityChangesSayWhichWayTheyWent() {
    Incident incident = declare();
    assertThat(incidents.changeSeverity(incident.id(), Severity.SEV1).event())
        .isEqualTo(EventCode.SEVERITY_RAISED);
    LogEntry lowered = incidents.changeSeverity(incident.id(), Severity.SEV3);
    assertThat(lowered.event()).isEqualTo(EventCode.SEVERITY_LOWERED);
    assertThat(lowered.text()).isEqualTo("Severity lowered: SEV1 → SEV3 (minor)");
  }

  @Test
  void aHandoffNamesBothPeopleAndLaterEntriesCarryTheNewRole() {
    Incident incident = declare();
    incidents.assignRole(incident.id(), Role.COMMANDER, "Alex Rivera");
    assertThat(incidents.addEntry(incident.id(), EntryKind.NOTE, "paging db team").authorRole())
        .contains(Role.COMMANDER);

    LogEntry handoff = incidents.assignRole(incident.id(), Role.COMMANDER, "Dana Okafor");

    assertThat(handoff.event()).isEqualTo(EventCode.ROLE_HANDED_OFF);
    assertThat(handoff.text()).isEqualTo("Commander handed off from Alex Rivera to Dana Okafor");
    assertThat(ws.read(dsl -> IncidentRepository.get(dsl, incident.id())).holder(Role.COMMANDER))
        .contains("Dana Okafor");
    assertThat(incidents.addEntry(incident.id(), EntryKind.NOTE, "handed over").authorRole())
        .isEmpty();
  }

  @Test
  void milestonesMayBeBackDatedButNotOutOfOrder() {
    Incident incident = declare();
    Instant detected = Instant.parse("2026-11-21T13:40:00Z");
    LogEntry entry = incidents.setMilestone(incident.id(), Milestone.DETECTED, detected);
    assertThat(entry.text())
        .isEqualTo("Milestone detected at 2026-11-21 13:40:00 UTC (back-dated)");

    assertThatThrownBy(
            () ->
                incidents.setMilestone(
                    incident.id(), Milestone.MITIGATED, Instant.parse("2026-11-21T13:30:00Z")))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessage(
            "mitigated (2026-11-21 13:30:00 UTC) cannot be before detected (2026-11-21 13:40:00 UTC)");
    assertThatThrownBy(
            () ->
                incidents.setMilestone(
                    incident.id(), Milestone.STARTED, Instant.parse("2026-11-21T13:50:00Z")))
        .hasMessage(
            "started (2026-11-21 13:50:00 UTC) cannot be after detected (2026-11-21 13:40:00 UTC)");
    assertThatThrownBy(
            () ->
                incidents.setMilestone(
                    incident.id(), Milestone.MITIGATED, wall.instant().plus(Duration.ofHours(1))))
        .hasMessageContaining("is in the future");
    assertThat(timeline(incident.id())).hasSize(2);
  }

  @Test
  void aCorrectionReferencesTheOriginalWhichStaysAsItWas() {
    Incident incident = declare();
    LogEntry original =
        incidents.addEntry(incident.id(), EntryKind.DECISION, "Fail over to eu-west-2");
    LogEntry correction = incidents.correct(original.id(), "Fail over to eu-west-1 (not -2)");

    assertThat(correction.corrects()).contains(original.id());
    assertThat(correction.event()).isEqualTo(EventCode.ENTRY_CORRECTED);
    java.util.Optional<LogEntry> stored = ws.read(dsl -> LogRepository.find(dsl, original.id()));
    assertThat(stored).contains(original);
  }

  @Test
  void theStoreItselfRefusesToEditOrDeleteAnEntry() {
    Incident incident = declare();
    LogEntry e = incidents.addEntry(incident.id(), EntryKind.NOTE, "immutable");
    assertThatThrownBy(
            () ->
                ws.read(dsl -> dsl.execute("UPDATE log_entry SET text = 'x' WHERE id = ?", e.id())))
        .hasMessageContaining("immutable");
    assertThatThrownBy(
            () -> ws.read(dsl -> dsl.execute("DELETE FROM log_entry WHERE id = ?", e.id())))
        .hasMessageContaining("immutable");
  }

  @Test
  void handTypedTextIsCleanedAndBounded() {
    Incident incident = declare();
    assertThat(
            incidents.addEntry(incident.id(), EntryKind.NOTE, "  bell\u0007 and\ttab\n  ").text())
        .isEqualTo("bell and\ttab");
    assertThatThrownBy(() -> incidents.addEntry(incident.id(), EntryKind.NOTE, "x".repeat(20_001)))
        .hasMessageContaining("at most 20000");
    assertThatThrownBy(() -> incidents.addEntry(incident.id(), EntryKind.STATUS, "sneaky"))
        .hasMessageContaining("written by Sitrep");
    assertThatThrownBy(() -> incidents.addEntry("INC-000000-NOPE", EntryKind.NOTE, "x"))
        .hasMessageContaining("no incident INC-000000-NOPE");
  }

  @Test
  void aShortIdFindsTheIncidentWhenItIsUnique() {
    Incident incident = declare();
    String tail = incident.id().substring(incident.id().length() - 4);
    assertThat(
            ws.read(dsl -> IncidentRepository.resolve(dsl, tail.toLowerCase(java.util.Locale.ROOT)))
                .id())
        .isEqualTo(incident.id());
    assertThatThrownBy(() -> ws.read(dsl -> IncidentRepository.resolve(dsl, "ZZZZZZZ")))
        .hasMessageContaining("no incident matches");
  }

  @Test
  void everythingSurvivesReopeningTheFile() {
    Incident incident = declare();
    incidents.assignRole(incident.id(), Role.SCRIBE, "Sam");
    ws.close();
    ws = TestWorkspace.open(dir, wall);

    Incident reread = ws.read(dsl -> IncidentRepository.get(dsl, incident.id()));
    assertThat(reread.roles()).containsEntry(Role.SCRIBE, "Sam");
    assertThat(ws.device().operator()).contains("Alex Rivera");
  }
}
