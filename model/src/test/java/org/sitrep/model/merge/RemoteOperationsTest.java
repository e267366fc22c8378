package org.sitrep.model.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactRepository;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

class RemoteOperationsTest {

  @TempDir Path dir;
  private final SteppingClock wall = SteppingClock.at("2026-12-04T09:00:00Z");
  private Workspace a;
  private Workspace b;

  @BeforeEach
  void open() {
    a = TestWorkspace.open(dir.resolve("a"), wall);
    b = TestWorkspace.open(dir.resolve("b"), wall);
  }

  @AfterEach
  void close() {
    a.close();
    b.close();
  }

  /** What sync does, without the transport: every new operation of {@code from} into {@code to}. */
  static RemoteOperations.Applied exchange(Workspace from, Workspace to) {
    String device = from.device().id();
    long seen = to.read(dsl -> RemoteOperations.appliedSeq(dsl, device));
    List<OutboxOperation> ops = from.read(dsl -> OutboxRepository.after(dsl, device, seen));
    return to.write(tx -> RemoteOperations.apply(tx, device, ops));
  }

  static String hash(Workspace ws) {
    return ws.write(StateHash::of);
  }

  private Incident declare(Workspace ws, String title) {
    return new IncidentService(ws)
        .declare(new NewIncident(title, Severity.SEV2, IncidentKind.REAL, List.of("checkout"), ""));
  }

  @Test
  void incidentAndItsLogArriveWithTheirChainIntact() {
    Incident inc = declare(a, "Checkout API 502s");
    IncidentService svc = new IncidentService(a);
    svc.addEntry(inc.id(), EntryKind.NOTE, "edge returns 502 for 30% of requests");
    svc.assignRole(inc.id(), Role.COMMANDER, "Dana Okafor");
    svc.changeStatus(inc.id(), IncidentStatus.IDENTIFIED);

    RemoteOperations.Applied applied = exchange(a, b);

    Incident there = b.read(dsl -> IncidentRepository.get(dsl, inc.id()));
    assertThat(there.title()).isEqualTo("Checkout API 502s");
    assertThat(there.status()).isEqualTo(IncidentStatus.IDENTIFIED);
    assertThat(there.holder(Role.COMMANDER)).contains("Dana Okafor");
    List<LogEntry> arrived = b.read(dsl -> LogRepository.timeline(dsl, inc.id()));
    assertThat(arrived)
        .extracting(LogEntry::hash)
        .containsExactlyElementsOf(
            a.read(dsl -> LogRepository.timeline(dsl, inc.id())).stream()
                .map(LogEntry::hash)
                .toList());
    assertThat(b.read(ChainVerifier::verify).intact()).isTrue();
    assertThat(applied.waiting()).isZero();
    assertThat(hash(a)).isEqualTo(hash(b));
  }

  @Test
  void applyingTheSameOperationsTwiceChangesNothing() {
    Incident inc = declare(a, "Disk full on db-1");
    exchange(a, b);
    String once = hash(b);
    String device = a.device().id();
    List<OutboxOperation> all = a.read(dsl -> OutboxRepository.after(dsl, device, 0));

    RemoteOperations.Applied again = b.write(tx -> RemoteOperations.apply(tx, device, all));

    assertThat(again.applied()).isZero();
    assertThat(again.duplicates()).isEqualTo(all.size());
    assertThat(hash(b)).isEqualTo(once);
    long entries = b.read(dsl -> LogRepository.count(dsl, inc.id()));
    assertThat(entries).isEqualTo(1);
  }

  @Test
  void refusesOperationsThatSkipASequenceNumber() {
    declare(a, "Disk full on db-1");
    String device = a.device().id();
    List<OutboxOperation> all = a.read(dsl -> OutboxRepository.after(dsl, device, 0));
    List<OutboxOperation> gap = new ArrayList<>(all.subList(2, all.size()));
    String before = hash(b);

    assertThatThrownBy(() -> b.write(tx -> RemoteOperations.apply(tx, device, gap)))
        .hasMessageContaining("skip from 0 to 3");
    assertThat(hash(b)).isEqualTo(before);
  }

  @Test
  void concurrentEditsConvergeOnTheLaterOneAndKeepTheOther() {
    Incident inc = declare(a, "Checkout API 502s");
    exchange(a, b);
    new IncidentService(a).changeSeverity(inc.id(), Severity.SEV1);
    wall.advance(java.time.Duration.ofSeconds(5));
    new IncidentService(b).changeSeverity(inc.id(), Severity.SEV3);

    exchange(a, b);
    exchange(b, a);

    assertThat(a.read(dsl -> IncidentRepository.get(dsl, inc.id())).severity())
        .isEqualTo(Severity.SEV3);
    assertThat(b.read(dsl -> IncidentRepository.get(dsl, inc.id())).severity())
        .isEqualTo(Severity.SEV3);
    assertThat(hash(a)).isEqualTo(hash(b));
    Object lost =
        a.read(
            dsl ->
                dsl.fetchValue(
                    "SELECT value FROM merge_history WHERE entity = 'incident' AND entity_id = ?"
                        + " AND field = 'severity' AND value = '1'",
                    inc.id()));
    assertThat(lost).as("the losing SEV1 is kept in history").isEqualTo("1");
  }

  @Test
  void anEditAfterADeleteBringsTheContactBack() {
    Contact dana = new ContactService(a).save(Contact.person("Dana Okafor"));
    exchange(a, b);
    new ContactService(a).delete(dana.id());
    wall.advance(java.time.Duration.ofMinutes(1));
    Contact edited = b.read(dsl -> ContactRepository.get(dsl, dana.id()));
    new ContactService(b)
        .save(
            new Contact(
                edited.id(),
                edited.kind(),
                edited.name(),
                "Payments",
                edited.title(),
                edited.phones(),
                edited.emails(),
                edited.chat(),
                edited.zone(),
                edited.tags(),
                edited.notes(),
                edited.vendor()));

    exchange(a, b);
    exchange(b, a);

    java.util.Optional<Contact> onA = a.read(dsl -> ContactRepository.find(dsl, dana.id()));
    java.util.Optional<Contact> onB = b.read(dsl -> ContactRepository.find(dsl, dana.id()));
    assertThat(onA).hasValueSatisfying(c -> assertThat(c.organisation()).isEqualTo("Payments"));
    assertThat(onB).isPresent();
    assertThat(hash(a)).isEqualTo(hash(b));
  }

  @Test
  void aDeleteAfterTheLastEditWins() {
    Contact dana = new ContactService(a).save(Contact.person("Dana Okafor"));
    exchange(a, b);
    wall.advance(java.time.Duration.ofMinutes(1));
    new ContactService(b).delete(dana.id());

    exchange(b, a);

    java.util.Optional<Contact> gone = a.read(dsl -> ContactRepository.find(dsl, dana.id()));
    assertThat(gone).isEmpty();
  }

  @Test
  void entriesThatArriveBeforeTheirIncidentWaitAndThenLand() {
    Incident inc = declare(a, "Checkout API 502s");
    exchange(a, b);
    new IncidentService(b).addEntry(inc.id(), EntryKind.DECISION, "roll back 2026.12.1");
    // c sees b's entry before a's incident
    Workspace c = TestWorkspace.open(dir.resolve("c"), wall);
    try {
      RemoteOperations.Applied early = exchange(b, c);
      assertThat(early.waiting()).isPositive();
      java.util.Optional<Incident> notYet = c.read(dsl -> IncidentRepository.find(dsl, inc.id()));
      assertThat(notYet).isEmpty();

      RemoteOperations.Applied later = exchange(a, c);

      assertThat(later.waiting()).isZero();
      long landed = c.read(dsl -> LogRepository.count(dsl, inc.id()));
      assertThat(landed).isEqualTo(2);
      assertThat(hash(c)).isEqualTo(hash(b));
    } finally {
      c.close();
    }
  }
}
