package org.sitrep.sync.engine;

import static org.sitrep.model.store.schema.Tables.MERGE_CURSOR;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.sitrep.model.merge.Snapshots;
import org.sitrep.model.store.Workspace;
import org.sitrep.sync.engine.UpkeepLedger.Written;
import org.sitrep.sync.segment.SnapshotCodec;
import org.sitrep.sync.segment.SnapshotObject;
import org.sitrep.sync.segment.SnapshotObject.Kind;
import org.sitrep.sync.storage.ObjectExistsException;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.KeyRing;

/**
 * Writes this laptop's snapshots (its whole merged state, so a laptop that joins later need not
 * replay every segment) and acknowledgements (how far it has applied everyone, so old segments can
 * be collected). Like segments, each is write-once under this device's own prefix and counts only
 * once read back; superseded ones are removed by their writer.
 */
final class SnapshotWrite {

  /** Our snapshots kept on a target: the newest, and one before it while others may be reading. */
  private static final int SNAPSHOTS_KEPT = 2;

  private final Workspace workspace;
  private final KeyRing ring;
  private final SyncPolicy policy;

  SnapshotWrite(Workspace workspace, KeyRing ring, SyncPolicy policy) {
    this.workspace = workspace;
    this.ring = ring;
    this.policy = policy;
  }

  /**
   * Writes a snapshot of this laptop's whole merged state.
   *
   * @return what was done, for the sync report
   */
  Optional<String> snapshot(String target, SyncStorage storage) throws IOException {
    Optional<String> incomplete = workspace.read(Snapshots::incomplete);
    if (incomplete.isPresent()) {
      return Optional.of("no snapshot written: " + incomplete.get());
    }
    String me = workspace.device().id();
    Snapshots.Content content = workspace.write(Snapshots::capture);
    Map<String, Long> marks =
        workspace.read(
            dsl -> UpkeepLedger.marks(dsl, target, me, content.covers().getOrDefault(me, 0L)));
    String key =
        publish(
            Kind.SNAPSHOT,
            target,
            storage,
            content.covers(),
            seq -> new SnapshotObject(Kind.SNAPSHOT, me, seq, content, marks, ""));
    prune(Kind.SNAPSHOT, target, storage, SNAPSHOTS_KEPT);
    return Optional.of(
        "wrote snapshot "
            + key
            + " ("
            + content.coveredOperations()
            + " operations, "
            + content.operations().size()
            + " values and records)");
  }

  /**
   * Acknowledges what this laptop has applied, when that changed and the last one is not recent.
   */
  Optional<String> acknowledge(String target, SyncStorage storage) throws IOException {
    String me = workspace.device().id();
    Map<String, Long> applied = new TreeMap<>();
    workspace.read(
        dsl -> {
          dsl.selectFrom(MERGE_CURSOR)
              .where(MERGE_CURSOR.DEVICE_ID.ne(me))
              .forEach(r -> applied.put(r.getDeviceId(), r.getAppliedSeq()));
          return null;
        });
    Optional<Written> last = workspace.read(dsl -> UpkeepLedger.newest(dsl, target, Kind.ACK));
    long now = workspace.wallClock().millis();
    if (applied.isEmpty()
        || last.isPresent()
            && (last.get().covers().equals(applied)
                || now - last.get().writtenMs() < policy.ackEvery().toMillis())) {
      return Optional.empty();
    }
    String key =
        publish(Kind.ACK, target, storage, applied, seq -> SnapshotObject.ack(me, seq, applied));
    prune(Kind.ACK, target, storage, 1);
    return Optional.of("acknowledged " + key);
  }

  private String publish(
      Kind kind,
      String target,
      SyncStorage storage,
      Map<String, Long> covers,
      LongFunction<SnapshotObject> make)
      throws IOException {
    long seq = workspace.read(dsl -> UpkeepLedger.nextSeq(dsl, target, kind));
    while (true) {
      SnapshotObject object = make.apply(seq);
      byte[] sealed = SnapshotCodec.seal(ring, object);
      try {
        storage.putIfAbsent(object.key(), sealed);
      } catch (ObjectExistsException e) {
        // Written before a crash cut off the local record, or by a restored copy of this laptop:
        // leave it, take the next number.
        seq++;
        continue;
      }
      byte[] back = storage.get(object.key()).orElse(new byte[0]);
      if (!Arrays.equals(back, sealed)) {
        throw new IOException(object.key() + " read back differs from what was written");
      }
      long written = seq;
      long now = workspace.wallClock().millis();
      workspace.read(
          dsl -> {
            UpkeepLedger.wrote(dsl, target, kind, written, covers, now);
            return null;
          });
      return object.key();
    }
  }

  private void prune(Kind kind, String target, SyncStorage storage, int keep) throws IOException {
    String me = workspace.device().id();
    for (long seq : workspace.read(dsl -> UpkeepLedger.superseded(dsl, target, kind, keep))) {
      storage.delete(kind.key(me, seq));
      long now = workspace.wallClock().millis();
      workspace.read(
          dsl -> {
            UpkeepLedger.deleted(dsl, target, kind, seq, now);
            return null;
          });
    }
  }
}
