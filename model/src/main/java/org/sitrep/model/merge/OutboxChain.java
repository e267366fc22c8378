package org.sitrep.model.merge;

import static org.sitrep.model.store.schema.Tables.DEVICE;
import static org.sitrep.model.store.schema.Tables.OUTBOX;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.outbox.OutboxHash;
import org.sitrep.model.outbox.OutboxOperation;

/**
 * The outbox checked as evidence (ADR 26): sequence numbers without gaps, each operation's hash
 * recomputed from its fields and the one before, and the newest against the head the device row
 * keeps. The row checks trust the outbox; this is what catches a row and the operation that wrote
 * it edited together.
 */
final class OutboxChain {

  private OutboxChain() {}

  static List<RowTamper> verify(DSLContext dsl) {
    List<RowTamper> found = new ArrayList<>();
    for (String device :
        dsl.selectDistinct(OUTBOX.DEVICE_ID)
            .from(OUTBOX)
            .union(dsl.select(DEVICE.ID).from(DEVICE).where(DEVICE.OUTBOX_SEQ.gt(0L)))
            .fetch(0, String.class)) {
      found.addAll(device(dsl, device));
    }
    return found;
  }

  private static List<RowTamper> device(DSLContext dsl, String device) {
    List<RowTamper> found = new ArrayList<>();
    OutboxHash hasher = new OutboxHash();
    long expectedSeq = 1;
    String previous = null; // null until the chain starts: operations from before V23 carry none
    for (Record r :
        dsl.select(
                OUTBOX.SEQ,
                OUTBOX.HLC,
                OUTBOX.ENTITY,
                OUTBOX.ENTITY_ID,
                OUTBOX.FIELD,
                OUTBOX.VALUE,
                OUTBOX.HASH)
            .from(OUTBOX)
            .where(OUTBOX.DEVICE_ID.eq(device))
            .orderBy(OUTBOX.SEQ)) {
      long seq = r.get(OUTBOX.SEQ);
      if (seq != expectedSeq) {
        found.add(
            tamper(
                device,
                expectedSeq,
                "seq",
                "operation missing (the sequence jumps from "
                    + (expectedSeq - 1)
                    + " to "
                    + seq
                    + ")"));
        // A hole breaks the links after it too; that is the one finding, not every later link.
        previous = r.get(OUTBOX.HASH);
        expectedSeq = seq + 1;
        continue;
      }
      expectedSeq = seq + 1;
      String hash = r.get(OUTBOX.HASH);
      OutboxOperation op =
          new OutboxOperation(
              device,
              seq,
              Hlc.unpack(r.get(OUTBOX.HLC), device),
              r.get(OUTBOX.ENTITY),
              r.get(OUTBOX.ENTITY_ID),
              r.get(OUTBOX.FIELD),
              r.get(OUTBOX.VALUE));
      String what = op.entity() + " " + op.entityId() + " " + op.field();
      if (hash == null) {
        if (previous != null) {
          found.add(tamper(device, seq, "hash", "operation (" + what + ") lost its hash"));
        }
        continue;
      }
      String recomputed = hasher.of(previous == null ? "" : previous, op, seq);
      if (!recomputed.equals(hash)) {
        found.add(
            tamper(
                device,
                seq,
                "hash",
                "operation ("
                    + what
                    + ") no longer matches its hash: it, or the one before it, was edited"));
      }
      previous = hash;
    }
    head(dsl, device, expectedSeq - 1, previous).ifPresent(found::add);
    return found;
  }

  /** The newest operation against the head the device row keeps: catches a tail cut off. */
  private static java.util.Optional<RowTamper> head(
      DSLContext dsl, String device, long lastSeq, String lastHash) {
    Record r =
        dsl.select(DEVICE.OUTBOX_SEQ, DEVICE.OUTBOX_HEAD)
            .from(DEVICE)
            .where(DEVICE.ID.eq(device))
            .fetchOne();
    if (r == null || r.get(DEVICE.OUTBOX_SEQ) == 0L) {
      return java.util.Optional.empty();
    }
    long headSeq = r.get(DEVICE.OUTBOX_SEQ);
    if (headSeq > lastSeq) {
      return java.util.Optional.of(
          tamper(
              device,
              headSeq,
              "seq",
              "operation missing (the outbox ends at #"
                  + lastSeq
                  + ", its head says #"
                  + headSeq
                  + ")"));
    }
    if (headSeq < lastSeq) {
      return java.util.Optional.of(
          tamper(
              device,
              headSeq + 1,
              "seq",
              "operations #"
                  + (headSeq + 1)
                  + "..#"
                  + lastSeq
                  + " were added behind the app's back"
                  + " (the outbox head says #"
                  + headSeq
                  + ")"));
    }
    if (!r.get(DEVICE.OUTBOX_HEAD).equals(lastHash)) {
      return java.util.Optional.of(
          tamper(device, headSeq, "hash", "the newest operation does not match the outbox head"));
    }
    return java.util.Optional.empty();
  }

  private static RowTamper tamper(String device, long seq, String column, String problem) {
    return new RowTamper("outbox", device + " #" + seq, column, problem);
  }
}
