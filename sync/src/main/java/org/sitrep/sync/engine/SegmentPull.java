package org.sitrep.sync.engine;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.merge.RemoteOperations;
import org.sitrep.model.store.Workspace;
import org.sitrep.sync.engine.SyncLedger.ChainEnd;
import org.sitrep.sync.segment.Segment;
import org.sitrep.sync.segment.SegmentCodec;
import org.sitrep.sync.segment.SegmentRejectedException;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.KeyRing;

/**
 * Reads other devices' new segments and merges their operations. One listing per device finds what
 * is new; a segment that fails to verify is quarantined (and fetched again next time, in case the
 * damage was in transit); a device whose next operations are missing is left where it was — never
 * advanced past a gap. An empty or missing target lists nothing: nothing new.
 */
final class SegmentPull {

  /** What one pull did. */
  record Pulled(long applied, long duplicates, List<String> gaps) {

    Pulled plus(Pulled more) {
      return new Pulled(applied + more.applied, duplicates + more.duplicates, more.gaps);
    }
  }

  private final Workspace workspace;
  private final KeyRing ring;

  SegmentPull(Workspace workspace, KeyRing ring) {
    this.workspace = workspace;
    this.ring = ring;
  }

  Pulled pull(String target, SyncStorage storage, List<String> refused, List<String> stalled)
      throws IOException {
    long applied = 0;
    long duplicates = 0;
    List<String> gaps = new java.util.ArrayList<>();
    for (String device : ring.otherMembers()) {
      ChainEnd read = workspace.read(dsl -> SyncLedger.lastRead(dsl, target, device));
      for (String key : storage.list(Segment.prefix(device), read.key())) {
        long seq = Segment.seqOf(key);
        if (seq < 0) {
          continue;
        }
        Optional<byte[]> bytes = storage.get(key);
        if (bytes.isEmpty()) {
          // Listed but not there (eventual consistency, a sync tool mid-copy): try again later.
          stalled.add(key + ": listed but not found");
          break;
        }
        Segment segment;
        try {
          segment = SegmentCodec.open(bytes.get(), ring, device, seq);
        } catch (SegmentRejectedException e) {
          SyncLedger.refuse(workspace, target, key, e, refused);
          continue;
        }
        long have = workspace.read(dsl -> RemoteOperations.appliedSeq(dsl, device));
        if (segment.header().firstOp() > have + 1) {
          stalled.add(
              key
                  + ": operations "
                  + (have + 1)
                  + ".."
                  + (segment.header().firstOp() - 1)
                  + " of "
                  + device
                  + " are missing");
          gaps.add(device);
          break;
        }
        RemoteOperations.Applied result =
            workspace.write(
                tx -> {
                  RemoteOperations.Applied r =
                      RemoteOperations.apply(tx, device, segment.operations());
                  SyncLedger.read(tx.dsl(), target, device, seq, key, segment.hash());
                  SyncLedger.release(tx.dsl(), target, key);
                  return r;
                });
        applied += result.applied();
        duplicates += result.duplicates();
      }
    }
    return new Pulled(applied, duplicates, gaps);
  }
}
