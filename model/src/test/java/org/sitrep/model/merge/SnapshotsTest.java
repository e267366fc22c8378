package org.sitrep.model.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.model.merge.RemoteOperationsTest.exchange;
import static org.sitrep.model.merge.RemoteOperationsTest.hash;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

/** A laptop that starts from a snapshot holds what replaying every operation would give it. */
class SnapshotsTest {

  @TempDir Path dir;
  private final SteppingClock wall = SteppingClock.at("2026-12-04T09:00:00Z");
  private Workspace a;
  private Workspace b;
  private Workspace late;

  @BeforeEach
  void open() {
    a = TestWorkspace.open(dir.resolve("a"), wall);
    b = TestWorkspace.open(dir.resolve("b"), wall);
    late = TestWorkspace.open(dir.resolve("late"), wall);
  }

  @AfterEach
  void close() {
    a.close();
    b.close();
    late.close();
  }

  /** Two laptops working the same incident, with concurrent edits and a deleted contact. */
  private Incident twoLaptopsWork() {
    Incident inc =
        new IncidentService(a)
            .declare(
                new NewIncident("Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of(), ""));
    new IncidentService(a).addEntry(inc.id(), EntryKind.NOTE, "edge returns 502");
    Contact dana = new ContactService(a).save(Contact.person("Dana Okafor"));
    exchange(a, b);
    new IncidentService(a).assignRole(inc.id(), Role.COMMANDER, "Dana Okafor");
    new IncidentService(b).assignRole(inc.id(), Role.COMMANDER, "Sam Lee");
    new IncidentService(b).addEntry(inc.id(), EntryKind.DECISION, "roll back 2026.12.1");
    new IncidentService(b).changeStatus(inc.id(), IncidentStatus.MONITORING);
    new ContactService(b).delete(dana.id());
    exchange(a, b);
    exchange(b, a);
    return inc;
  }

  private static long historyRows(Workspace ws) {
    return ws.read(dsl -> dsl.fetchCount(dsl.selectFrom("merge_history")));
  }

  @Test
  void aLateLaptopStartingFromASnapshotHoldsTheSameState() {
    Incident inc = twoLaptopsWork();
    assertThat(hash(a)).isEqualTo(hash(b));

    Snapshots.Content snapshot = a.write(Snapshots::capture);
    late.write(tx -> Snapshots.load(tx, snapshot));

    assertThat(hash(late)).isEqualTo(hash(a));
    assertThat(late.read(ChainVerifier::verify).intact()).isTrue();
    assertThat(historyRows(late)).isEqualTo(historyRows(a));
    assertThat(snapshot.covers())
        .containsEntry(
            a.device().id(), a.read(dsl -> RemoteOperations.appliedSeq(dsl, a.device().id())));

    // From there on it reads segments as usual: nothing the snapshot covered is applied again.
    assertThat(exchange(a, late).applied()).isZero();
    new IncidentService(b).addEntry(inc.id(), EntryKind.NOTE, "error rate back to 0.1%");
    RemoteOperations.Applied next = exchange(b, late);
    assertThat(next.applied()).isEqualTo(1);
    exchange(b, a);
    assertThat(hash(late)).isEqualTo(hash(a));
  }

  @Test
  void loadingTwiceOrOverWhatIsThereChangesNothing() {
    twoLaptopsWork();
    Snapshots.Content snapshot = a.write(Snapshots::capture);

    // b has everything already: the snapshot brings nothing new and duplicates nothing.
    String before = hash(b);
    long history = historyRows(b);
    b.write(tx -> Snapshots.load(tx, snapshot));
    b.write(tx -> Snapshots.load(tx, snapshot));
    assertThat(hash(b)).isEqualTo(before);
    assertThat(historyRows(b)).isEqualTo(history);
  }

  @Test
  void aLaptopHalfwayUpToDateCatchesUpFromASnapshot() {
    Incident inc =
        new IncidentService(a)
            .declare(new NewIncident("DNS", Severity.SEV1, IncidentKind.REAL, List.of(), ""));
    exchange(a, late);
    new IncidentService(a).addEntry(inc.id(), EntryKind.NOTE, "resolver timeouts in eu-west");
    new IncidentService(late).addEntry(inc.id(), EntryKind.NOTE, "seen from the office too");
    new IncidentService(a).changeSeverity(inc.id(), Severity.SEV2);

    late.write(tx -> Snapshots.load(tx, a.write(Snapshots::capture)));
    exchange(late, a);

    assertThat(hash(late)).isEqualTo(hash(a));
    assertThat(late.read(ChainVerifier::verify).intact()).isTrue();
  }

  @Test
  void aLaptopWhoseRecordsPredateKeepingThemWritesNoSnapshot() {
    twoLaptopsWork();
    assertThat(b.read(Snapshots::incomplete)).isEmpty();

    b.read(dsl -> dsl.execute("DELETE FROM merge_record WHERE entity = 'log_entry'"));

    assertThat(b.read(Snapshots::incomplete)).hasValueSatisfying(r -> r.contains("log_entry"));
  }
}
