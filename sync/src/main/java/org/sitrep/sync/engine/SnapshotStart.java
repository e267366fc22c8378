package org.sitrep.sync.engine;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.model.merge.RemoteOperations;
import org.sitrep.model.merge.Snapshots;
import org.sitrep.model.store.Workspace;
import org.sitrep.sync.segment.Segment;
import org.sitrep.sync.segment.SegmentRejectedException;
import org.sitrep.sync.segment.SnapshotCodec;
import org.sitrep.sync.segment.SnapshotObject;
import org.sitrep.sync.segment.SnapshotObject.Kind;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.KeyRing;

/**
 * Starts this laptop from the newest complete snapshot another member wrote: a laptop that joins
 * late, or one back after its missing segments were collected, takes the merged state in one object
 * instead of replaying every segment, then reads only the segments that come after it.
 */
final class SnapshotStart {

  private final Workspace workspace;
  private final KeyRing ring;

  SnapshotStart(Workspace workspace, KeyRing ring) {
    this.workspace = workspace;
    this.ring = ring;
  }

  /** Whether this laptop has applied nothing of anyone else yet (a newcomer). */
  boolean newcomer() {
    List<String> others = ring.otherMembers();
    return !others.isEmpty()
        && workspace.read(
            dsl -> others.stream().allMatch(d -> RemoteOperations.appliedSeq(dsl, d) == 0));
  }

  /**
   * Loads the newest snapshot that opens and verifies, if it covers something this laptop lacks.
   * One listing of every member's snapshots, then the newest of each member until one opens;
   * refused ones are quarantined like segments.
   *
   * @return what was loaded, for the sync report
   */
  Optional<String> startFrom(String target, SyncStorage storage, List<String> refused)
      throws IOException {
    String me = workspace.device().id();
    Map<String, String> newestOf = new TreeMap<>();
    for (String key : storage.list(Kind.SNAPSHOT.root(), "")) {
      String device = Kind.SNAPSHOT.deviceOf(key);
      if (device != null && !device.equals(me)) {
        newestOf.put(device, key); // listed in ascending order: the last one is the newest
      }
    }
    SnapshotObject best = null;
    for (Map.Entry<String, String> e : newestOf.entrySet()) {
      Optional<SnapshotObject> opened = open(target, storage, e.getKey(), e.getValue(), refused);
      if (opened.isPresent()
          && (best == null
              || opened.get().content().coveredOperations() > best.content().coveredOperations())) {
        best = opened.get();
      }
    }
    if (best == null || !coversMore(best.content(), me)) {
      return Optional.empty();
    }
    SnapshotObject chosen = best;
    RemoteOperations.Applied applied =
        workspace.write(
            tx -> {
              RemoteOperations.Applied r = Snapshots.load(tx, chosen.content());
              chosen
                  .marks()
                  .forEach(
                      (device, seq) -> {
                        if (!device.equals(me)
                            && SyncLedger.lastRead(tx.dsl(), target, device).seq() < seq) {
                          SyncLedger.read(
                              tx.dsl(), target, device, seq, Segment.key(device, seq), "");
                        }
                      });
              return r;
            });
    return Optional.of(
        "started from snapshot "
            + chosen.key()
            + " ("
            + chosen.content().coveredOperations()
            + " operations covered, "
            + applied.applied()
            + " values and records merged)");
  }

  private Optional<SnapshotObject> open(
      String target, SyncStorage storage, String device, String key, List<String> refused)
      throws IOException {
    Optional<byte[]> bytes = storage.get(key);
    if (bytes.isEmpty()) {
      return Optional.empty(); // superseded and removed since the listing
    }
    try {
      return Optional.of(
          SnapshotCodec.open(bytes.get(), ring, Kind.SNAPSHOT, device, Kind.SNAPSHOT.seqOf(key)));
    } catch (SegmentRejectedException e) {
      SyncLedger.refuse(workspace, target, key, e, refused);
      return Optional.empty();
    }
  }

  private boolean coversMore(Snapshots.Content content, String me) {
    return workspace.read(
        dsl ->
            content.covers().entrySet().stream()
                .anyMatch(
                    e ->
                        !e.getKey().equals(me)
                            && e.getValue() > RemoteOperations.appliedSeq(dsl, e.getKey())));
  }
}
