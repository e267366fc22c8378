package org.sitrep.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.sitrep.model.merge.StateHash;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestKeys;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.sync.segment.Segment;
import org.sitrep.sync.storage.StorageUnavailableException;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.Team;

/**
 * Sync that does not fail silently (issue 24), over each kind of storage: a target that is not the
 * team's (an empty mountpoint, a bucket prefix typed wrong) is unreachable and gets nothing, and a
 * segment deleted on the storage is noticed by its owner and put back, while the reader says what
 * it waits for. Subclasses give the storage.
 */
abstract class HonestSyncContract {

  static final String TARGET = "team-share";

  @TempDir protected Path dir;
  private final List<SyncStorage> opened = new ArrayList<>();
  private Workspace a;
  private Workspace b;
  private SyncService syncA;
  private SyncService syncB;

  /** Which storage the laptops' target points at now: the team's, or an empty stand-in. */
  private volatile boolean mounted = true;

  /** The team's storage; called for each opening, all views of the same place. */
  protected abstract SyncStorage teamStorage() throws Exception;

  /** An empty place the target could point at instead (the mountpoint without its share). */
  protected abstract SyncStorage emptyStandIn() throws Exception;

  /** Every key in the empty stand-in now: nothing may have been written there. */
  protected abstract List<String> standInKeys() throws Exception;

  private SyncStorage open() {
    try {
      SyncStorage s = mounted ? teamStorage() : emptyStandIn();
      opened.add(s);
      return s;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeEach
  void team() throws Exception {
    a = TestWorkspace.open(dir.resolve("a"));
    b = TestWorkspace.open(dir.resolve("b"));
    syncA = service(a);
    syncB = service(b);
    syncA.team().found(open(), "Dana's laptop");
    String fp = syncB.team().join(open(), syncA.team().identity().fingerprint());
    syncA.team().invite(open(), fp);
  }

  private SyncService service(Workspace ws) {
    ws.read(
        dsl -> {
          SyncTargets.add(dsl, TARGET, "memory:", Optional.empty(), Optional.empty(), 0);
          return null;
        });
    return new SyncService(ws, new Team(ws, TestKeys.noVault(ws)), t -> open());
  }

  @AfterEach
  void close() throws Exception {
    for (SyncStorage s : opened) {
      s.close();
    }
    a.close();
    b.close();
  }

  @Test
  void anEmptyMountpointIsUnreachableAndNothingIsWrittenThere() throws Exception {
    Incident inc = declare(a, "Checkout 502s");
    syncA.syncNow(TARGET);
    syncB.syncNow(TARGET);
    new IncidentService(a).addEntry(inc.id(), EntryKind.NOTE, "written while the share was gone");
    long queued = pending(syncA);

    mounted = false;
    assertThatThrownBy(() -> syncA.syncNow(TARGET))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("is not team")
        .hasMessageContaining("nothing was written");

    assertThat(standInKeys()).as("objects written to the empty mountpoint").isEmpty();
    assertThat(pending(syncA)).as("work stays queued").isEqualTo(queued).isPositive();
    assertThat(syncA.status().get(0).target().lastError())
        .hasValueSatisfying(e -> assertThat(e).startsWith("unreachable: ").contains("is not team"));

    mounted = true;
    syncA.syncNow(TARGET);
    syncB.syncNow(TARGET);
    assertThat(pending(syncA)).isZero();
    assertThat(b.write(StateHash::of)).isEqualTo(a.write(StateHash::of));
  }

  @Test
  void aDeletedSegmentIsResentByItsOwnerAndTheReaderSaysWhatItWaitsFor() throws Exception {
    Incident inc = declare(a, "Payments latency");
    syncA.syncNow(TARGET);
    syncB.syncNow(TARGET);
    new IncidentService(a).addEntry(inc.id(), EntryKind.NOTE, "second segment");
    syncA.syncNow(TARGET);
    new IncidentService(a).addEntry(inc.id(), EntryKind.NOTE, "third segment");
    syncA.syncNow(TARGET);
    String second = Segment.key(a.device().id(), 2);
    try (SyncStorage s = teamStorage()) {
      assertThat(s.get(second)).isPresent();
      s.delete(second);
    }

    SyncReport stuck = syncB.syncNow(TARGET);
    assertThat(stuck.stalled()).singleElement().asString().contains("segment 2 of Dana's laptop");
    assertThat(syncB.peerWarnings())
        .singleElement()
        .asString()
        .startsWith(TARGET + ": waiting for segment 2 of Dana's laptop");

    SyncReport resent = syncA.syncNow(TARGET);
    assertThat(resent.upkeep()).anySatisfy(u -> assertThat(u).startsWith("re-sent " + second));
    SyncReport caughtUp = syncB.syncNow(TARGET);

    assertThat(caughtUp.clean()).isTrue();
    assertThat(syncB.peerWarnings()).isEmpty();
    assertThat(b.write(StateHash::of)).isEqualTo(a.write(StateHash::of));
  }

  private static Incident declare(Workspace ws, String title) {
    return new IncidentService(ws)
        .declare(new NewIncident(title, Severity.SEV2, IncidentKind.REAL, List.of(), ""));
  }

  private static long pending(SyncService sync) {
    return sync.status().get(0).pendingOperations();
  }

  static List<String> keys(SyncStorage storage) throws IOException {
    return storage.list("", "");
  }
}
