package org.sitrep.sync.engine;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.store.Workspace;
import org.sitrep.sync.segment.Segment;
import org.sitrep.sync.segment.SegmentCodec;
import org.sitrep.sync.segment.SegmentRejectedException;
import org.sitrep.sync.segment.SnapshotCodec;
import org.sitrep.sync.segment.SnapshotObject.Kind;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.KeyRing;

/**
 * Reads again the objects refused earlier on a target that this sync did not read on its own (a
 * segment a snapshot took this laptop past, a snapshot, an acknowledgement): one that now opens and
 * verifies — restored from a backup, or healed by the sync tool — is released, so {@code sync
 * status} stops calling it refused. One that is still bad, or gone, stays listed.
 */
final class QuarantineRecheck {

  private final Workspace workspace;
  private final KeyRing ring;

  QuarantineRecheck(Workspace workspace, KeyRing ring) {
    this.workspace = workspace;
    this.ring = ring;
  }

  /**
   * @return how many refused objects now verify and were released
   */
  int recheck(String target, SyncStorage storage) throws IOException {
    int released = 0;
    for (SyncLedger.Quarantined q :
        workspace.read(dsl -> SyncLedger.quarantined(dsl, Optional.of(target)))) {
      Optional<byte[]> bytes = storage.get(q.key());
      if (bytes.isPresent() && verifies(q.key(), bytes.get())) {
        workspace.read(
            dsl -> {
              SyncLedger.release(dsl, target, q.key());
              return null;
            });
        released++;
      }
    }
    return released;
  }

  private boolean verifies(String key, byte[] bytes) {
    try {
      long seq = Segment.seqOf(key);
      String[] parts = key.split("/");
      if (key.startsWith("devices/") && parts.length == 4 && seq >= 0) {
        SegmentCodec.open(bytes, ring, parts[1], seq);
        return true;
      }
      for (Kind kind : List.of(Kind.SNAPSHOT, Kind.ACK)) {
        String device = kind.deviceOf(key);
        if (device != null) {
          SnapshotCodec.open(bytes, ring, kind, device, kind.seqOf(key));
          return true;
        }
      }
      return false;
    } catch (SegmentRejectedException stillBad) {
      return false;
    }
  }
}
