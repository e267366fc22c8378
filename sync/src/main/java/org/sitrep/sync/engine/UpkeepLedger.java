package org.sitrep.sync.engine;

import static org.sitrep.model.store.schema.Tables.SYNC_READ;
import static org.sitrep.model.store.schema.Tables.SYNC_SENT;
import static org.sitrep.model.store.schema.Tables.SYNC_SNAPSHOT;
import static org.sitrep.model.store.schema.Tables.SYNC_TARGET;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.sitrep.model.store.Json;
import org.sitrep.sync.segment.SnapshotObject.Kind;

/**
 * What this laptop knows of its upkeep on a target: the snapshots and acknowledgements it wrote,
 * which of its segments were collected, and when it last tried collecting.
 */
final class UpkeepLedger {

  /** A snapshot or acknowledgement this laptop wrote. */
  record Written(long seq, Map<String, Long> covers, long coveredOps, long writtenMs) {}

  /** One of our segments on a target (its first operation: 0 where not needed). */
  record SentSegment(long seq, long lastOp, long firstOp) {
    SentSegment(long seq, long lastOp) {
      this(seq, lastOp, 0);
    }
  }

  private UpkeepLedger() {}

  static long nextSeq(DSLContext dsl, String target, Kind kind) {
    return dsl.select(SYNC_SNAPSHOT.SEQ.max())
            .from(SYNC_SNAPSHOT)
            .where(SYNC_SNAPSHOT.TARGET.eq(target).and(SYNC_SNAPSHOT.KIND.eq(kind.word())))
            .fetchOptional(0, Long.class)
            .orElse(0L)
        + 1;
  }

  static void wrote(
      DSLContext dsl, String target, Kind kind, long seq, Map<String, Long> covers, long now) {
    dsl.insertInto(SYNC_SNAPSHOT)
        .set(SYNC_SNAPSHOT.TARGET, target)
        .set(SYNC_SNAPSHOT.KIND, kind.word())
        .set(SYNC_SNAPSHOT.SEQ, seq)
        .set(SYNC_SNAPSHOT.COVERS, Json.write(new TreeMap<>(covers)))
        .set(SYNC_SNAPSHOT.COVERED_OPS, covers.values().stream().mapToLong(Long::longValue).sum())
        .set(SYNC_SNAPSHOT.WRITTEN_MS, now)
        .onConflictDoNothing()
        .execute();
  }

  static Optional<Written> newest(DSLContext dsl, String target, Kind kind) {
    return dsl.selectFrom(SYNC_SNAPSHOT)
        .where(SYNC_SNAPSHOT.TARGET.eq(target).and(SYNC_SNAPSHOT.KIND.eq(kind.word())))
        .orderBy(SYNC_SNAPSHOT.SEQ.desc())
        .limit(1)
        .fetchOptional(
            r -> {
              Map<String, Long> covers = new TreeMap<>();
              Json.mapper()
                  .readTree(r.getCovers())
                  .properties()
                  .forEach(e -> covers.put(e.getKey(), e.getValue().asLong()));
              return new Written(r.getSeq(), covers, r.getCoveredOps(), r.getWrittenMs());
            });
  }

  /** Our objects of {@code kind} still on the target, except the newest {@code keep}. */
  static List<Long> superseded(DSLContext dsl, String target, Kind kind, int keep) {
    return dsl.select(SYNC_SNAPSHOT.SEQ)
        .from(SYNC_SNAPSHOT)
        .where(SYNC_SNAPSHOT.TARGET.eq(target).and(SYNC_SNAPSHOT.KIND.eq(kind.word())))
        .and(SYNC_SNAPSHOT.DELETED_MS.isNull())
        .orderBy(SYNC_SNAPSHOT.SEQ.desc())
        .offset(keep)
        .fetch(SYNC_SNAPSHOT.SEQ);
  }

  static void deleted(DSLContext dsl, String target, Kind kind, long seq, long now) {
    dsl.update(SYNC_SNAPSHOT)
        .set(SYNC_SNAPSHOT.DELETED_MS, now)
        .where(SYNC_SNAPSHOT.TARGET.eq(target))
        .and(SYNC_SNAPSHOT.KIND.eq(kind.word()))
        .and(SYNC_SNAPSHOT.SEQ.eq(seq))
        .execute();
  }

  /**
   * Our segments still on the target that were sent at or before {@code sentBy}, oldest first —
   * never the newest one, which tells the next push that the target still holds our chain.
   */
  static List<SentSegment> collectable(DSLContext dsl, String target, long sentBy) {
    Long newest =
        dsl.select(SYNC_SENT.SEG_SEQ.max())
            .from(SYNC_SENT)
            .where(SYNC_SENT.TARGET.eq(target))
            .fetchOne(0, Long.class);
    if (newest == null) {
      return List.of();
    }
    return dsl.select(SYNC_SENT.SEG_SEQ, SYNC_SENT.LAST_OP)
        .from(SYNC_SENT)
        .where(SYNC_SENT.TARGET.eq(target))
        .and(SYNC_SENT.COLLECTED_MS.isNull())
        .and(SYNC_SENT.SENT_MS.le(sentBy))
        .and(SYNC_SENT.SEG_SEQ.lt(newest))
        .orderBy(SYNC_SENT.SEG_SEQ)
        .fetch(r -> new SentSegment(r.value1(), r.value2()));
  }

  static void collected(DSLContext dsl, String target, long seq, long now) {
    dsl.update(SYNC_SENT)
        .set(SYNC_SENT.COLLECTED_MS, now)
        .where(SYNC_SENT.TARGET.eq(target).and(SYNC_SENT.SEG_SEQ.eq(seq)))
        .execute();
  }

  /** How many of our segments the target got, and how many of them were collected since. */
  static long[] segmentCounts(DSLContext dsl, String target) {
    return dsl.select(org.jooq.impl.DSL.count(), org.jooq.impl.DSL.count(SYNC_SENT.COLLECTED_MS))
        .from(SYNC_SENT)
        .where(SYNC_SENT.TARGET.eq(target))
        .fetchOne(r -> new long[] {r.value1(), r.value2()});
  }

  static long lastCollect(DSLContext dsl, String target) {
    return dsl.select(SYNC_TARGET.LAST_GC_MS)
        .from(SYNC_TARGET)
        .where(SYNC_TARGET.NAME.eq(target))
        .fetchOptional(SYNC_TARGET.LAST_GC_MS)
        .map(v -> v == null ? 0L : v)
        .orElse(0L);
  }

  static void collectTried(DSLContext dsl, String target, long now) {
    dsl.update(SYNC_TARGET)
        .set(SYNC_TARGET.LAST_GC_MS, now)
        .where(SYNC_TARGET.NAME.eq(target))
        .execute();
  }

  /**
   * Per device, the last segment on {@code target} whose operations {@code covers} includes: what
   * other devices' segments this laptop read there, and its own sent up to what it covers.
   */
  static Map<String, Long> marks(DSLContext dsl, String target, String me, long coveredOwn) {
    Map<String, Long> marks = new TreeMap<>();
    dsl.selectFrom(SYNC_READ)
        .where(SYNC_READ.TARGET.eq(target))
        .forEach(r -> marks.put(r.getDeviceId(), r.getSegSeq()));
    dsl.select(SYNC_SENT.SEG_SEQ.max())
        .from(SYNC_SENT)
        .where(SYNC_SENT.TARGET.eq(target).and(SYNC_SENT.LAST_OP.le(coveredOwn)))
        .fetchOptional(0, Long.class)
        .ifPresent(seq -> marks.put(me, seq));
    return marks;
  }
}
