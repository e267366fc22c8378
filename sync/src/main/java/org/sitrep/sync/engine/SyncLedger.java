package org.sitrep.sync.engine;

import static org.sitrep.model.store.schema.Tables.SYNC_QUARANTINE;
import static org.sitrep.model.store.schema.Tables.SYNC_READ;
import static org.sitrep.model.store.schema.Tables.SYNC_SENT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.store.Workspace;
import org.sitrep.sync.segment.SegmentRejectedException;

/**
 * What this laptop knows of a target: its own segments there (sent and read back), how far it has
 * read each other device's segments, and the objects it refused.
 */
final class SyncLedger {

  /** The last segment of a chain: its number, its hash, the last operation it carries. */
  record ChainEnd(long seq, String hash, long lastOp, String key) {
    static ChainEnd none() {
      return new ChainEnd(0, "", 0, "");
    }
  }

  /** A refused object. */
  record Quarantined(String target, String key, String reason, long atMillis) {}

  private SyncLedger() {}

  static ChainEnd lastSent(DSLContext dsl, String target) {
    return dsl.selectFrom(SYNC_SENT)
        .where(SYNC_SENT.TARGET.eq(target))
        .orderBy(SYNC_SENT.SEG_SEQ.desc())
        .limit(1)
        .fetchOptional(r -> new ChainEnd(r.getSegSeq(), r.getHash(), r.getLastOp(), ""))
        .orElse(ChainEnd.none());
  }

  static void sent(
      DSLContext dsl,
      String target,
      long seq,
      long firstOp,
      long lastOp,
      String hash,
      long bytes,
      long now) {
    dsl.insertInto(SYNC_SENT)
        .set(SYNC_SENT.TARGET, target)
        .set(SYNC_SENT.SEG_SEQ, seq)
        .set(SYNC_SENT.FIRST_OP, firstOp)
        .set(SYNC_SENT.LAST_OP, lastOp)
        .set(SYNC_SENT.HASH, hash)
        .set(SYNC_SENT.BYTES, bytes)
        .set(SYNC_SENT.SENT_MS, now)
        .onConflictDoNothing()
        .execute();
  }

  static ChainEnd lastRead(DSLContext dsl, String target, String device) {
    return dsl.selectFrom(SYNC_READ)
        .where(SYNC_READ.TARGET.eq(target).and(SYNC_READ.DEVICE_ID.eq(device)))
        .fetchOptional(r -> new ChainEnd(r.getSegSeq(), r.getHash(), 0, r.getSegKey()))
        .orElse(ChainEnd.none());
  }

  static void read(
      DSLContext dsl, String target, String device, long seq, String key, String hash) {
    dsl.insertInto(SYNC_READ)
        .set(SYNC_READ.TARGET, target)
        .set(SYNC_READ.DEVICE_ID, device)
        .set(SYNC_READ.SEG_SEQ, seq)
        .set(SYNC_READ.SEG_KEY, key)
        .set(SYNC_READ.HASH, hash)
        .onConflict(SYNC_READ.TARGET, SYNC_READ.DEVICE_ID)
        .doUpdate()
        .set(SYNC_READ.SEG_SEQ, seq)
        .set(SYNC_READ.SEG_KEY, key)
        .set(SYNC_READ.HASH, hash)
        .execute();
  }

  static void quarantine(DSLContext dsl, String target, String key, String reason, long now) {
    dsl.insertInto(SYNC_QUARANTINE)
        .set(SYNC_QUARANTINE.TARGET, target)
        .set(SYNC_QUARANTINE.SEG_KEY, key)
        .set(SYNC_QUARANTINE.REASON, reason)
        .set(SYNC_QUARANTINE.AT_MS, now)
        .onConflict(SYNC_QUARANTINE.TARGET, SYNC_QUARANTINE.SEG_KEY)
        .doUpdate()
        .set(SYNC_QUARANTINE.REASON, reason)
        .execute();
  }

  /** Reports a refused object and quarantines it: fetched again next time, in case it heals. */
  static void refuse(
      Workspace workspace,
      String target,
      String key,
      SegmentRejectedException e,
      List<String> refused) {
    refused.add(e.getMessage());
    long now = workspace.wallClock().millis();
    workspace.read(
        dsl -> {
          quarantine(dsl, target, key, e.getMessage(), now);
          return null;
        });
  }

  static void release(DSLContext dsl, String target, String key) {
    dsl.deleteFrom(SYNC_QUARANTINE)
        .where(SYNC_QUARANTINE.TARGET.eq(target).and(SYNC_QUARANTINE.SEG_KEY.eq(key)))
        .execute();
  }

  static List<Quarantined> quarantined(DSLContext dsl, Optional<String> target) {
    return dsl.selectFrom(SYNC_QUARANTINE)
        .where(target.map(SYNC_QUARANTINE.TARGET::eq).orElse(org.jooq.impl.DSL.trueCondition()))
        .orderBy(SYNC_QUARANTINE.AT_MS, SYNC_QUARANTINE.SEG_KEY)
        .fetch(r -> new Quarantined(r.getTarget(), r.getSegKey(), r.getReason(), r.getAtMs()));
  }
}
