package org.sitrep.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.merge.StateHash;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestKeys;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.sync.storage.FolderStorage;
import org.sitrep.sync.storage.StorageUnavailableException;
import org.sitrep.sync.team.Team;

/**
 * The team's storage proves itself before anything is written (its mark, or for an older team its
 * own segments), and a member without a readable key is told which object and what to do.
 */
class TeamStorageTest {

  @TempDir Path dir;
  private Path shared;
  private Path where;
  private Workspace a;
  private Workspace b;
  private SyncService syncA;
  private SyncService syncB;
  private String fingerprintB;

  @BeforeEach
  void team() throws Exception {
    shared = Files.createDirectories(dir.resolve("shared"));
    where = shared;
    a = TestWorkspace.open(dir.resolve("a"));
    b = TestWorkspace.open(dir.resolve("b"));
    syncA = service(a);
    syncB = service(b);
    syncA.team().found(new FolderStorage(shared), "Dana's laptop");
    fingerprintB =
        syncB.team().join(new FolderStorage(shared), syncA.team().identity().fingerprint());
  }

  private SyncService service(Workspace ws) {
    ws.read(
        dsl -> {
          SyncTargets.add(dsl, "team-share", "memory:", Optional.empty(), Optional.empty(), 0);
          return null;
        });
    return new SyncService(ws, new Team(ws, TestKeys.noVault(ws)), t -> new FolderStorage(where));
  }

  @AfterEach
  void close() {
    a.close();
    b.close();
  }

  private void invite() throws Exception {
    syncA.team().invite(new FolderStorage(shared), fingerprintB);
  }

  private void declare(Workspace ws, String title) {
    new IncidentService(ws)
        .declare(new NewIncident(title, Severity.SEV3, IncidentKind.REAL, List.of(), ""));
  }

  private List<Path> files(String under) throws Exception {
    Path base = shared.resolve(under);
    if (!Files.exists(base)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(base)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void aFolderMarkedForAnotherTeamIsUnreachable() throws Exception {
    invite();
    Path other = Files.createDirectories(dir.resolve("other-team"));
    try (Workspace stranger = TestWorkspace.open(dir.resolve("stranger"))) {
      new Team(stranger, TestKeys.noVault(stranger))
          .found(new FolderStorage(other), "Someone else");
    }
    long before;
    try (Stream<Path> s = Files.walk(other)) {
      before = s.count();
    }
    where = other;
    declare(a, "Queue backlog");

    assertThatThrownBy(() -> syncA.syncNow("team-share"))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("marks another team's storage");
    try (Stream<Path> s = Files.walk(other)) {
      assertThat(s.count()).as("nothing written to the other team's folder").isEqualTo(before);
    }
  }

  @Test
  void anOlderTeamWithoutTheMarkGetsOneFromAMemberWhoFindsTheTeamsSegments() throws Exception {
    invite();
    declare(a, "Disk full on db-2");
    declare(b, "Pager storm");
    syncA.syncNow("team-share");
    syncB.syncNow("team-share");
    for (Path mark : files("team/identity")) {
      Files.delete(mark); // as a team made before the mark existed
    }
    // The unmounted case for such a team: a folder holding only what this laptop once put there.
    Path mountpoint = Files.createDirectories(dir.resolve("mnt"));
    for (Path p : files("devices/" + a.device().id())) {
      Path copy = mountpoint.resolve(shared.relativize(p).toString());
      Files.createDirectories(copy.getParent());
      Files.copy(p, copy);
    }
    where = mountpoint;
    assertThatThrownBy(() -> syncA.syncNow("team-share"))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("none of the team's segments");

    where = shared;
    syncA.syncNow("team-share");
    assertThat(files("team/identity"))
        .extracting(p -> p.getFileName().toString())
        .containsExactly(a.device().id() + ".json");
    syncB.syncNow("team-share");
    assertThat(files("team/identity")).hasSize(2);
    assertThat(a.write(StateHash::of)).isEqualTo(b.write(StateHash::of));
  }

  @Test
  void aNewMembersDeletedKeyIsNamedAndPutBackByAMember() throws Exception {
    invite();
    List<Path> grants = grantsTo(b);
    assertThat(grants).isNotEmpty();
    for (Path g : grants) {
      Files.delete(g);
    }

    assertThatThrownBy(() -> syncB.syncNow("team-share"))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("holds no team key")
        .hasMessageContaining("team/keys/<epoch>/<rotator>/" + b.device().id())
        .hasMessageContaining("sitrep sync now");

    syncA.syncNow("team-share"); // a member's upkeep grants the key again
    declare(b, "Now it can send");
    syncB.syncNow("team-share");
    syncA.syncNow("team-share");
    assertThat(a.write(StateHash::of)).isEqualTo(b.write(StateHash::of));
  }

  @Test
  void aNewMembersDamagedKeyIsNamedAndReplacedByItsSigner() throws Exception {
    invite();
    Path grant = grantsTo(b).get(0);
    Files.write(
        grant, "{\"workspace\": \"garbled".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String key = shared.relativize(grant).toString().replace('\\', '/');

    assertThatThrownBy(() -> syncB.syncNow("team-share"))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("was refused: " + key + ": not valid JSON");

    syncA.syncNow("team-share");
    syncB.syncNow("team-share");
    assertThat(syncB.status().get(0).target().lastError()).isEmpty();
  }

  private List<Path> grantsTo(Workspace member) throws Exception {
    return files("team/keys").stream()
        .filter(p -> p.getParent().getFileName().toString().equals(member.device().id()))
        .toList();
  }
}
