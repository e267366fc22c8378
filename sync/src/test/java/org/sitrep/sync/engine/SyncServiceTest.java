package org.sitrep.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.merge.StateHash;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestKeys;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.sync.storage.FolderStorage;
import org.sitrep.sync.team.Team;

/** Two laptops, a real team (found, join, invite, remove) and a shared folder. */
class SyncServiceTest {

  private static final String CANARY = "CANARY-7f3e9a-do-not-leak";

  @TempDir Path dir;
  private Path shared;
  private Workspace a;
  private Workspace b;
  private SyncService syncA;
  private SyncService syncB;

  @BeforeEach
  void team() throws Exception {
    shared = Files.createDirectories(dir.resolve("shared"));
    a = TestWorkspace.open(dir.resolve("a"));
    b = TestWorkspace.open(dir.resolve("b"));
    syncA = service(a);
    syncB = service(b);
    syncA.team().found(new FolderStorage(shared), "Dana's laptop");
    String bFingerprint =
        syncB.team().join(new FolderStorage(shared), syncA.team().identity().fingerprint());
    syncA.team().invite(new FolderStorage(shared), bFingerprint);
  }

  private SyncService service(Workspace ws) {
    ws.read(
        dsl -> {
          SyncTargets.add(
              dsl, "team-share", shared.toUri().toString(), Optional.empty(), Optional.empty(), 0);
          return null;
        });
    return new SyncService(ws, new Team(ws, TestKeys.noVault(ws)), t -> new FolderStorage(shared));
  }

  @AfterEach
  void close() {
    a.close();
    b.close();
  }

  @Test
  void twoTeamLaptopsConvergeThroughAFolder() throws Exception {
    Incident inc =
        new IncidentService(a)
            .declare(
                new NewIncident("Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of(), ""));
    new IncidentService(a).addEntry(inc.id(), EntryKind.NOTE, "edge errors from 14:02");

    syncA.syncNow("team-share");
    SyncReport onB = syncB.syncNow("team-share");
    new IncidentService(b).addEntry(inc.id(), EntryKind.DECISION, "roll back");
    syncB.syncNow("team-share");
    syncA.syncNow("team-share");

    assertThat(onB.operationsApplied()).isPositive();
    assertThat(a.write(StateHash::of)).isEqualTo(b.write(StateHash::of));
    long entries = a.read(dsl -> LogRepository.count(dsl, inc.id()));
    assertThat(entries).isEqualTo(3);
    assertThat(syncA.status())
        .singleElement()
        .satisfies(s -> assertThat(s.pendingOperations()).isZero());
    String whereBWrote =
        a.read(
            dsl ->
                dsl.fetchValue("SELECT label FROM device WHERE id = ?", b.device().id())
                    .toString());
    assertThat(whereBWrote)
        .as("b's entries say where they were written")
        .isNotEqualTo(b.device().id());
  }

  @Test
  void theSharedFolderHoldsNoPlaintext() throws Exception {
    Incident inc =
        new IncidentService(a)
            .declare(
                new NewIncident(
                    "Outage " + CANARY, Severity.SEV1, IncidentKind.REAL, List.of(), CANARY));
    new IncidentService(a).addEntry(inc.id(), EntryKind.NOTE, "seen " + CANARY);
    Contact c = Contact.person("Sam Lee");
    new ContactService(a)
        .save(
            new Contact(
                "",
                c.kind(),
                c.name(),
                CANARY,
                "",
                List.of(),
                List.of(),
                "",
                c.zone(),
                List.of(),
                CANARY,
                c.vendor()));

    syncA.syncNow("team-share");
    syncB.syncNow("team-share");

    assertThat(b.read(dsl -> IncidentRepository.get(dsl, inc.id())).title()).contains(CANARY);
    try (Stream<Path> files = Files.walk(shared)) {
      List<Path> leaking =
          files.filter(Files::isRegularFile).filter(SyncServiceTest::containsCanary).toList();
      assertThat(leaking).as("objects holding the canary in clear").isEmpty();
    }
    try (Stream<Path> files = Files.walk(shared)) {
      assertThat(files.filter(Files::isRegularFile).count()).isGreaterThan(3);
    }
  }

  @Test
  void aRemovedLaptopCannotReadWhatIsWrittenAfterwards() throws Exception {
    Incident inc =
        new IncidentService(a)
            .declare(
                new NewIncident("Lost laptop", Severity.SEV2, IncidentKind.REAL, List.of(), ""));
    syncA.syncNow("team-share");
    syncB.syncNow("team-share");

    syncA.team().remove(new FolderStorage(shared), b.device().id());
    new IncidentService(a).addEntry(inc.id(), EntryKind.NOTE, "rotated every credential");
    syncA.syncNow("team-share");
    SyncReport onB = syncB.syncNow("team-share");

    long seenOnB = b.read(dsl -> LogRepository.count(dsl, inc.id()));
    assertThat(seenOnB).as("nothing written after the removal is readable on b").isEqualTo(1);
    assertThat(onB.operationsApplied()).isZero();
  }

  @Test
  void aLaptopOutsideTheTeamIsToldHowToJoin() {
    Workspace c = TestWorkspace.open(dir.resolve("c"));
    try {
      SyncService lone = service(c);
      assertThatThrownBy(() -> lone.syncNow("team-share"))
          .hasMessageContaining("not in a team yet");
      assertThatThrownBy(() -> lone.syncNow("nowhere"))
          .hasMessageContaining("no sync target nowhere");
    } finally {
      c.close();
    }
  }

  private static boolean containsCanary(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(CANARY);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
