package org.sitrep.sync.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.store.Workspace;
import org.sitrep.sync.engine.UpkeepLedger.SentSegment;
import org.sitrep.sync.engine.UpkeepLedger.Written;
import org.sitrep.sync.segment.Segment;
import org.sitrep.sync.segment.SegmentRejectedException;
import org.sitrep.sync.segment.SnapshotCodec;
import org.sitrep.sync.segment.SnapshotObject;
import org.sitrep.sync.segment.SnapshotObject.Kind;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.KeyRing;

/**
 * Removes this laptop's old segments from a target — only its own, and only those that a snapshot
 * of ours covers, that every active member has acknowledged, and that are older than the retention.
 * A member that has not acknowledged (offline for a month) holds collection back; a removed member
 * does not. Our newest segment always stays: it tells our next push that the target still holds our
 * chain.
 */
final class SegmentCollect {

  private final Workspace workspace;
  private final KeyRing ring;
  private final SyncPolicy policy;
  private final SnapshotWrite snapshots;

  SegmentCollect(Workspace workspace, KeyRing ring, SyncPolicy policy, SnapshotWrite snapshots) {
    this.workspace = workspace;
    this.ring = ring;
    this.policy = policy;
    this.snapshots = snapshots;
  }

  /**
   * Collects what may be collected, when {@code force}d or when the last try is old enough.
   *
   * @return what was done, for the sync report
   */
  List<String> collect(String target, SyncStorage storage, boolean force) throws IOException {
    long now = workspace.wallClock().millis();
    long lastTry = workspace.read(dsl -> UpkeepLedger.lastCollect(dsl, target));
    if (!force && now - lastTry < policy.collectEvery().toMillis()) {
      return List.of();
    }
    workspace.read(
        dsl -> {
          UpkeepLedger.collectTried(dsl, target, now);
          return null;
        });
    long sentBy = now - policy.retention().toMillis();
    List<SentSegment> old = workspace.read(dsl -> UpkeepLedger.collectable(dsl, target, sentBy));
    if (old.isEmpty()) {
      return List.of();
    }
    List<String> notes = new ArrayList<>();
    String me = workspace.device().id();
    long wanted = old.get(old.size() - 1).lastOp();
    if (covered(target, me) < wanted || !ourSnapshotIsThere(target, storage, me)) {
      snapshots.snapshot(target, storage).ifPresent(notes::add);
    }
    long upTo = Math.min(covered(target, me), acknowledgedByAll(storage, me));
    int removed = 0;
    for (SentSegment s : old) {
      if (s.lastOp() > upTo) {
        break;
      }
      storage.delete(Segment.key(me, s.seq()));
      workspace.read(
          dsl -> {
            UpkeepLedger.collected(dsl, target, s.seq(), now);
            return null;
          });
      removed++;
    }
    notes.add(
        removed == 0
            ? "kept " + old.size() + " old segments: not yet acknowledged by every member"
            : "collected " + removed + " old segments");
    return notes;
  }

  /** How far our newest snapshot on the target covers our own operations. */
  private long covered(String target, String me) {
    return workspace
        .read(dsl -> UpkeepLedger.newest(dsl, target, Kind.SNAPSHOT))
        .map(Written::covers)
        .map(c -> c.getOrDefault(me, 0L))
        .orElse(0L);
  }

  /**
   * Whether our newest snapshot is still on the target: one that was lost with an emptied target
   * covers nothing there, and segments must not go on its strength.
   */
  private boolean ourSnapshotIsThere(String target, SyncStorage storage, String me)
      throws IOException {
    Optional<Written> newest =
        workspace.read(dsl -> UpkeepLedger.newest(dsl, target, Kind.SNAPSHOT));
    return newest.isPresent()
        && storage
            .list(Kind.SNAPSHOT.prefix(me), "")
            .contains(Kind.SNAPSHOT.key(me, newest.get().seq()));
  }

  /** The least of every active member's newest acknowledgement of our operations. */
  private long acknowledgedByAll(SyncStorage storage, String me) throws IOException {
    long least = Long.MAX_VALUE;
    for (String member : ring.activeOtherMembers()) {
      List<String> acks = storage.list(Kind.ACK.prefix(member), "");
      long acked = 0;
      for (int i = acks.size() - 1; i >= 0 && acked == 0; i--) {
        acked = ackOf(storage, member, acks.get(i), me);
      }
      least = Math.min(least, acked);
    }
    return least;
  }

  private long ackOf(SyncStorage storage, String member, String key, String me) throws IOException {
    long seq = Kind.ACK.seqOf(key);
    Optional<byte[]> bytes = storage.get(key);
    if (seq < 0 || bytes.isEmpty()) {
      return 0;
    }
    try {
      SnapshotObject ack = SnapshotCodec.open(bytes.get(), ring, Kind.ACK, member, seq);
      return ack.content().covers().getOrDefault(me, 0L);
    } catch (SegmentRejectedException e) {
      return 0; // a damaged or forged acknowledgement acknowledges nothing
    }
  }
}
