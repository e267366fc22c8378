package org.sitrep.model.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.merge.RemoteOperations;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.write.IncidentOperation;

/** The change feed on real workspace files: local writes, merged operations, other processes. */
class ChangeFeedTest {

  @TempDir Path dir;
  private Workspace ws;
  private final List<ChangeSet> heard = new CopyOnWriteArrayList<>();

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir.resolve("dana"));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private static Incident declare(Workspace w, String title) {
    return new IncidentService(w)
        .declare(new NewIncident(title, Severity.SEV2, IncidentKind.REAL, List.of(), ""));
  }

  @Test
  void aLocalWriteIsAnnouncedOnceCommittedWithEachEntityAndItsIncident() {
    ws.changes().subscribe(heard::add);
    Incident incident = declare(ws, "Checkout 502s");
    LogEntry note = new IncidentService(ws).addEntry(incident.id(), EntryKind.NOTE, "LB drained");

    assertThat(heard).hasSize(2);
    ChangeSet declared = heard.get(0);
    assertThat(declared.origin()).isEqualTo(Origin.LOCAL);
    assertThat(declared.everything()).isFalse();
    // Many fields of the incident are one change; the declaration's entry is another.
    assertThat(declared.changes())
        .filteredOn(c -> c.kind().equals("incident"))
        .containsExactly(new Change("incident", incident.id(), incident.id()));
    assertThat(declared.changes())
        .filteredOn(c -> c.kind().equals("log_entry"))
        .singleElement()
        .satisfies(c -> assertThat(c.incident()).contains(incident.id()));
    assertThat(heard.get(1).changes())
        .containsExactly(new Change("log_entry", note.id(), incident.id()));
    assertThat(heard.get(1).touchesIncident(incident.id())).isTrue();
    assertThat(heard.get(1).touchesIncident("INC-OTHER")).isFalse();
  }

  @Test
  void aReleasedSubscriptionHearsNothingMoreAndARolledBackWriteIsNotAnnounced() {
    Subscription sub = ws.changes().subscribe(heard::add);
    Incident incident = declare(ws, "Checkout 502s");
    assertThatThrownBy(
            () ->
                ws.write(
                    tx -> {
                      tx.apply(new IncidentOperation.ChangeSeverity(incident.id(), Severity.SEV1));
                      throw new IllegalStateException("refused halfway");
                    }))
        .hasMessage("refused halfway");
    assertThat(heard).hasSize(1);

    sub.release();
    sub.release(); // twice is harmless
    assertThat(ws.changes().watchers()).isZero();
    new IncidentService(ws).addEntry(incident.id(), EntryKind.NOTE, "nobody listens");
    assertThat(heard).hasSize(1);
  }

  @Test
  void watchersAreCalledOffTheWriterLockSoTheyMayReadFromAnotherThread() {
    List<Integer> counted = new CopyOnWriteArrayList<>();
    ws.changes()
        .subscribe(
            changes -> {
              // Holding the lock here would make this read wait forever on the other thread.
              Integer n =
                  CompletableFuture.supplyAsync(
                          () -> ws.read(dsl -> dsl.fetchCount(dsl.selectFrom("incident"))))
                      .orTimeout(60, TimeUnit.SECONDS)
                      .join();
              counted.add(n);
            });
    declare(ws, "Checkout 502s");
    assertThat(counted).containsExactly(1);
  }

  @Test
  void aFailingWatcherDoesNotFailTheCommittedWrite() {
    ws.changes()
        .subscribe(
            c -> {
              throw new IllegalStateException("watcher broke");
            });
    ws.changes().subscribe(heard::add);
    Incident incident = declare(ws, "Checkout 502s");
    int stored = ws.read(dsl -> dsl.fetchCount(dsl.selectFrom("incident")));
    assertThat(stored).isEqualTo(1);
    assertThat(heard)
        .singleElement()
        .satisfies(c -> assertThat(c.touchesIncident(incident.id())).isTrue());
  }

  @Test
  void operationsMergedFromAnotherLaptopAreAnnouncedAsSyncWithTheirIncident() {
    try (Workspace sam = TestWorkspace.open(dir.resolve("sam"))) {
      Incident incident = declare(sam, "Payments timeouts");
      LogEntry note = new IncidentService(sam).addEntry(incident.id(), EntryKind.NOTE, "on it");
      ws.changes().subscribe(heard::add);

      String device = sam.device().id();
      List<OutboxOperation> ops = sam.read(dsl -> OutboxRepository.after(dsl, device, 0));
      ws.write(tx -> RemoteOperations.apply(tx, device, ops));

      assertThat(heard).singleElement();
      ChangeSet merged = heard.get(0);
      assertThat(merged.origin()).isEqualTo(Origin.SYNC);
      assertThat(merged.changes())
          .contains(
              new Change("incident", incident.id(), incident.id()),
              new Change("log_entry", note.id(), incident.id()));

      // The same operations again change nothing and say nothing.
      heard.clear();
      ws.write(tx -> RemoteOperations.apply(tx, device, ops));
      assertThat(heard).isEmpty();
    }
  }

  @Test
  void aCommitByAnotherProcessOnTheSameFileIsSeenByTheDataVersionCheck() {
    ws.changes().subscribe(heard::add);
    declare(ws, "Own write");
    heard.clear();
    // Our own commits do not count as another process's.
    assertThat(ws.checkOtherProcesses()).isFalse();

    try (Workspace cli = TestWorkspace.open(dir.resolve("dana"))) {
      declare(cli, "Written by the CLI");
    }
    assertThat(heard).isEmpty(); // nothing is known until someone looks
    assertThat(ws.checkOtherProcesses()).isTrue();
    assertThat(heard)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.origin()).isEqualTo(Origin.OTHER_PROCESS);
              assertThat(c.everything()).isTrue();
            });
    assertThat(ws.checkOtherProcesses()).isFalse(); // seen once
    assertThat(heard).hasSize(1);
  }
}
