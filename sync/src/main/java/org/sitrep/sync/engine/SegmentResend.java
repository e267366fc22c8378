package org.sitrep.sync.engine;

import static org.sitrep.model.store.schema.Tables.SYNC_SENT;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.sync.segment.Segment;
import org.sitrep.sync.segment.SegmentCodec;
import org.sitrep.sync.storage.ObjectExistsException;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.KeyRing;

/**
 * Puts back this laptop's own segments that went missing from a target (deleted by hand, lost in a
 * restore): every segment it sent there and did not collect itself must be listed, and each one
 * that is not is sealed again from the outbox — same number, same operations — and written to the
 * now empty key. Write-once still holds: the key is free, and if it turns out not to be, what is
 * there is left alone. Readers blocked on the gap go on at their next sync.
 */
final class SegmentResend {

  private final Workspace workspace;
  private final KeyRing ring;

  SegmentResend(Workspace workspace, KeyRing ring) {
    this.workspace = workspace;
    this.ring = ring;
  }

  /**
   * @param ours one listing of our own prefix on the target
   */
  void restore(String target, SyncStorage storage, List<String> ours, List<String> notes)
      throws IOException {
    String me = workspace.device().id();
    Set<String> there = new HashSet<>(ours);
    List<UpkeepLedger.SentSegment> sent =
        workspace.read(
            dsl ->
                dsl.select(SYNC_SENT.SEG_SEQ, SYNC_SENT.FIRST_OP, SYNC_SENT.LAST_OP)
                    .from(SYNC_SENT)
                    .where(SYNC_SENT.TARGET.eq(target).and(SYNC_SENT.COLLECTED_MS.isNull()))
                    .orderBy(SYNC_SENT.SEG_SEQ)
                    .fetch(r -> new UpkeepLedger.SentSegment(r.value1(), r.value3(), r.value2())));
    for (UpkeepLedger.SentSegment s : sent) {
      if (!there.contains(Segment.key(me, s.seq()))) {
        resend(target, storage, me, s.seq(), s.firstOp(), s.lastOp(), notes);
      }
    }
  }

  private void resend(
      String target,
      SyncStorage storage,
      String me,
      long seq,
      long firstOp,
      long lastOp,
      List<String> notes)
      throws IOException {
    String key = Segment.key(me, seq);
    List<OutboxOperation> ops =
        workspace.read(
            dsl -> OutboxRepository.after(dsl, me, firstOp - 1, (int) (lastOp - firstOp + 1)));
    if (ops.size() != lastOp - firstOp + 1 || ops.get(ops.size() - 1).seq() != lastOp) {
      notes.add(key + " is gone from the target and cannot be rebuilt: its operations are gone");
      return;
    }
    SyncLedger.ChainEnd prev =
        workspace.read(
            dsl ->
                dsl.select(SYNC_SENT.SEG_SEQ, SYNC_SENT.HASH, SYNC_SENT.LAST_OP)
                    .from(SYNC_SENT)
                    .where(SYNC_SENT.TARGET.eq(target).and(SYNC_SENT.SEG_SEQ.lt(seq)))
                    .orderBy(SYNC_SENT.SEG_SEQ.desc())
                    .limit(1)
                    .fetchOptional(
                        p -> new SyncLedger.ChainEnd(p.value1(), p.value2(), p.value3(), ""))
                    .orElse(SyncLedger.ChainEnd.none()));
    byte[] sealed =
        SegmentCodec.seal(
            ring, me, seq, prev.seq(), prev.hash(), ops, workspace.wallClock().millis());
    try {
      storage.putIfAbsent(key, sealed);
    } catch (ObjectExistsException e) {
      return; // there after all (the listing was behind): leave it
    }
    byte[] back = storage.get(key).orElse(new byte[0]);
    if (!Arrays.equals(back, sealed)) {
      throw new IOException(key + " read back differs from what was written: not counted as sent");
    }
    String hash = SegmentCodec.hash(sealed);
    workspace.read(
        dsl ->
            dsl.execute(
                "UPDATE sync_sent SET hash = ?, bytes = ? WHERE target = ? AND seg_seq = ?",
                hash,
                sealed.length,
                target,
                seq));
    notes.add(
        "re-sent "
            + key
            + " (operations "
            + firstOp
            + ".."
            + lastOp
            + "): it had gone from the target");
  }
}
