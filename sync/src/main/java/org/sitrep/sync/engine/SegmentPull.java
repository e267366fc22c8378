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
 * advanced past a gap — and the gap is remembered, naming the device and the missing segment, for
 * {@code sync status} and the window. An empty or missing target lists nothing: nothing new.
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
      PeerLedger.Listed before = workspace.read(dsl -> PeerLedger.listed(dsl, target, device));
      long listedAt = workspace.wallClock().millis();
      List<String> keys = storage.list(Segment.prefix(device), read.key());
      long highest = keys.isEmpty() ? 0 : Math.max(0, Segment.seqOf(keys.get(keys.size() - 1)));
      Optional<String> gap = Optional.empty();
      Segment newest = null;
      for (String key : keys) {
        long seq = Segment.seqOf(key);
        if (seq < 0) {
          continue;
        }
        Optional<byte[]> bytes = storage.get(key);
        if (bytes.isEmpty()) {
          // Listed but not there (eventual consistency, a sync tool mid-copy): try again later.
          stalled.add(key + ": listed but not found");
          gap = Optional.of(missing(device, seq, seq, "listed but not found"));
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
          long lastRead = workspace.read(dsl -> SyncLedger.lastRead(dsl, target, device)).seq();
          String ops = "operations " + (have + 1) + ".." + (segment.header().firstOp() - 1);
          gap = Optional.of(missing(device, lastRead + 1, seq, ops));
          stalled.add(key + ": " + gap.get());
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
        if (seq > before.seq()) {
          newest = segment;
        }
      }
      remember(target, storage, device, before, listedAt, highest, gap, newest);
    }
    return new Pulled(applied, duplicates, gaps);
  }

  /**
   * "waiting for segment 3 of Dana's laptop (ab12cd34): operations 41..60 missing": the segments
   * between the last one read and the one that cannot be applied yet, or that one itself.
   */
  private String missing(String device, long from, long upTo, String what) {
    String label = workspace.read(dsl -> PeerLedger.label(dsl, device));
    long to = from < upTo ? upTo - 1 : upTo;
    String segments = from >= to ? "segment " + to : "segments " + from + ".." + to;
    return "waiting for " + segments + " of " + label + ": " + what;
  }

  private void remember(
      String target,
      SyncStorage storage,
      String device,
      PeerLedger.Listed before,
      long listedAt,
      long highest,
      Optional<String> gap,
      Segment newest) {
    Optional<Long> skew =
        newest == null
            ? Optional.empty()
            : ClockSkew.judge(
                newest.header().sealedMs(),
                newest.operations().stream().mapToLong(op -> op.hlc().millis()).max().orElse(0),
                before.atMillis(),
                listedAt,
                !storage.describe().startsWith("folder "));
    workspace.read(
        dsl -> {
          PeerLedger.gap(dsl, target, device, gap, listedAt);
          PeerLedger.listedNow(dsl, target, device, listedAt, highest);
          skew.ifPresent(s -> PeerLedger.skew(dsl, target, device, s, listedAt));
          return null;
        });
  }
}
