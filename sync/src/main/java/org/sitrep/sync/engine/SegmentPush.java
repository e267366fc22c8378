package org.sitrep.sync.engine;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.sync.engine.SyncLedger.ChainEnd;
import org.sitrep.sync.segment.Segment;
import org.sitrep.sync.segment.SegmentCodec;
import org.sitrep.sync.segment.SegmentRejectedException;
import org.sitrep.sync.storage.ObjectExistsException;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.KeyRing;

/**
 * Sends this laptop's new operations as segments. A segment counts as sent only once it has been
 * read back byte for byte; the ledger row is written after that, so a crash in between leaves an
 * object that the next push recognises as its own and adopts instead of sending twice.
 */
final class SegmentPush {

  /** What one push sent. */
  record Sent(int segments, long operations, long bytes) {}

  private final Workspace workspace;
  private final KeyRing ring;
  private final int maxOps;
  private final SegmentResend resend;

  SegmentPush(Workspace workspace, KeyRing ring, int maxOps) {
    this.workspace = workspace;
    this.ring = ring;
    this.maxOps = maxOps;
    this.resend = new SegmentResend(workspace, ring);
  }

  Sent push(String target, SyncStorage storage, List<String> refused, List<String> notes)
      throws IOException {
    String me = workspace.device().id();
    ChainEnd last = workspace.read(dsl -> SyncLedger.lastSent(dsl, target));
    List<String> ours = last.seq() > 0 ? storage.list(Segment.prefix(me), "") : List.of();
    if (last.seq() > 0 && ours.isEmpty()) {
      // The target lost our segments (emptied, or another volume mounted there): send every
      // operation again, so a laptop that joins later still finds them all. The numbering goes
      // on from where it was: laptops that read up to there list only what comes after it.
      last = new ChainEnd(last.seq(), "", 0, "");
      long now = workspace.wallClock().millis();
      // Those objects are gone and their operations go out again below: nothing to put back.
      workspace.read(
          dsl ->
              dsl.execute(
                  "UPDATE sync_sent SET collected_ms = ? WHERE target = ? AND collected_ms IS NULL",
                  now,
                  target));
    } else if (last.seq() > 0) {
      resend.restore(target, storage, ours, notes);
    }
    List<OutboxOperation> ops = next(me, last.lastOp());
    if (ops.isEmpty()) {
      return new Sent(0, 0, 0);
    }
    int segments = 0;
    long operations = 0;
    long bytes = 0;
    long seq = last.seq();
    while (!ops.isEmpty()) {
      seq++;
      String key = Segment.key(me, seq);
      byte[] sealed =
          SegmentCodec.seal(
              ring, me, seq, last.seq(), last.hash(), ops, workspace.wallClock().millis());
      try {
        storage.putIfAbsent(key, sealed);
      } catch (ObjectExistsException e) {
        Optional<ChainEnd> adopted = adopt(storage, key, me, seq, target, refused);
        if (adopted.isPresent()) {
          last = adopted.get();
          ops = next(me, last.lastOp());
        }
        // Otherwise something that is not our segment sits at our next number: skip the number.
        continue;
      }
      byte[] back = storage.get(key).orElse(new byte[0]);
      if (!Arrays.equals(back, sealed)) {
        throw new IOException(
            key + " read back differs from what was written: not counted as sent");
      }
      String hash = SegmentCodec.hash(sealed);
      long first = ops.get(0).seq();
      long lastOp = ops.get(ops.size() - 1).seq();
      long s = seq;
      long now = workspace.wallClock().millis();
      workspace.read(
          dsl -> {
            SyncLedger.sent(dsl, target, s, first, lastOp, hash, sealed.length, now);
            return null;
          });
      segments++;
      operations += ops.size();
      bytes += sealed.length;
      last = new ChainEnd(seq, hash, lastOp, key);
      ops = next(me, lastOp);
    }
    return new Sent(segments, operations, bytes);
  }

  private Optional<ChainEnd> adopt(
      SyncStorage storage, String key, String me, long seq, String target, List<String> refused)
      throws IOException {
    Optional<byte[]> there = storage.get(key);
    if (there.isEmpty()) {
      return Optional.empty();
    }
    try {
      Segment own = SegmentCodec.open(there.get(), ring, me, seq);
      long now = workspace.wallClock().millis();
      workspace.read(
          dsl -> {
            SyncLedger.sent(
                dsl,
                target,
                seq,
                own.header().firstOp(),
                own.header().lastOp(),
                own.hash(),
                there.get().length,
                now);
            return null;
          });
      return Optional.of(new ChainEnd(seq, own.hash(), own.header().lastOp(), key));
    } catch (SegmentRejectedException e) {
      SyncLedger.refuse(workspace, target, key, e, refused);
      return Optional.empty();
    }
  }

  private List<OutboxOperation> next(String me, long afterOp) {
    List<OutboxOperation> all =
        workspace.read(dsl -> OutboxRepository.after(dsl, me, afterOp, maxOps));
    return all;
  }
}
