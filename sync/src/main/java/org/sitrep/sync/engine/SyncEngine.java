package org.sitrep.sync.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.merge.RemoteOperations;
import org.sitrep.model.store.Workspace;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.KeyRing;

/**
 * One sync with one target: send this laptop's new operations, then read and merge everyone else's.
 * Safe to interrupt anywhere (a laptop closing its lid mid-transfer): every step is either repeated
 * or recognised as done on the next run, and nothing is applied twice.
 *
 * <p>Blocking: never call it on the JavaFX thread.
 */
public final class SyncEngine {

  /** Operations per segment: large enough to compress well, small enough to re-send cheaply. */
  public static final int DEFAULT_SEGMENT_OPS = 5_000;

  private final Workspace workspace;
  private final SegmentPush push;
  private final SegmentPull pull;
  private final SnapshotStart start;
  private final SnapshotWrite snapshots;
  private final SegmentCollect collect;
  private final QuarantineRecheck recheck;

  public SyncEngine(Workspace workspace, KeyRing ring) {
    this(workspace, ring, DEFAULT_SEGMENT_OPS, SyncPolicy.DEFAULT);
  }

  public SyncEngine(Workspace workspace, KeyRing ring, int segmentOps, SyncPolicy policy) {
    this.workspace = workspace;
    this.push = new SegmentPush(workspace, ring, segmentOps);
    this.pull = new SegmentPull(workspace, ring);
    this.start = new SnapshotStart(workspace, ring);
    this.snapshots = new SnapshotWrite(workspace, ring, policy);
    this.collect = new SegmentCollect(workspace, ring, policy, snapshots);
    this.recheck = new QuarantineRecheck(workspace, ring);
  }

  /**
   * Syncs with {@code target} through {@code storage}.
   *
   * @throws IOException when the target cannot be reached or fails mid-way: what was done stays
   *     done, the rest is retried next time
   */
  public SyncReport sync(String target, SyncStorage storage) throws IOException {
    List<String> refused = new ArrayList<>();
    List<String> stalled = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    SegmentPush.Sent sent = push.push(target, storage, refused, notes);
    boolean started = false;
    if (start.newcomer()) {
      started = note(notes, start.startFrom(target, storage, refused));
    }
    SegmentPull.Pulled pulled = pull.pull(target, storage, refused, stalled);
    if (!pulled.gaps().isEmpty()
        && !started
        && note(notes, start.startFrom(target, storage, refused))) {
      // Segments we missed were collected while we were away: the snapshot covered them.
      stalled.clear();
      pulled = pulled.plus(pull.pull(target, storage, refused, stalled));
    }
    note(notes, snapshots.acknowledge(target, storage));
    notes.addAll(collect.collect(target, storage, false));
    int released = recheck.recheck(target, storage);
    if (released > 0) {
      notes.add(released + " object(s) refused earlier now verify: no longer listed as refused");
    }
    int waiting = workspace.read(RemoteOperations::waitingCount);
    return new SyncReport(
        sent.segments(),
        sent.operations(),
        sent.bytes(),
        pulled.applied(),
        pulled.duplicates(),
        List.copyOf(refused),
        List.copyOf(stalled),
        waiting,
        List.copyOf(notes));
  }

  /**
   * Writes a snapshot now and collects what may be collected, whatever the policy's timing says
   * (retention and acknowledgements still hold). For {@code sync snapshot} and tests.
   */
  public List<String> upkeepNow(String target, SyncStorage storage) throws IOException {
    List<String> notes = new ArrayList<>();
    note(notes, snapshots.snapshot(target, storage));
    note(notes, snapshots.acknowledge(target, storage));
    notes.addAll(collect.collect(target, storage, true));
    return notes;
  }

  private static boolean note(List<String> notes, Optional<String> note) {
    note.ifPresent(notes::add);
    return note.isPresent();
  }

  /** Objects refused on {@code target} (or on every target) and not yet read successfully. */
  public List<String> quarantined(Optional<String> target) {
    return workspace.read(dsl -> SyncLedger.quarantined(dsl, target)).stream()
        .map(q -> q.key() + ": " + q.reason())
        .toList();
  }
}
