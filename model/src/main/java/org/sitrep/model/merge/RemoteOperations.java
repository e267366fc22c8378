package org.sitrep.model.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.store.WriteTx;

/**
 * Merges other laptops' operations into this workspace, idempotently: each device's operations are
 * applied in sequence order and a sequence number already applied is skipped, so a segment read
 * twice, or re-sent after a crash, changes nothing the second time.
 *
 * <p>Fields merge last-writer-wins by hybrid clock into registers (merge_field), the losing value
 * kept in merge_history; the entity's rows are then rewritten from its registers. Append-only
 * records (log entries, audit rows) are a union. Anything that arrives before what it needs (a log
 * entry before its incident) waits and is retried after every batch.
 */
public final class RemoteOperations {

  /** What one call did. */
  public record Applied(int applied, int duplicates, int waiting) {}

  private RemoteOperations() {}

  /** How far {@code device}'s operations have been applied here (0 for none). */
  public static long appliedSeq(DSLContext dsl, String device) {
    return MergeStore.cursor(dsl, device);
  }

  /**
   * Applies one device's operations, in sequence order. Operations at or below what was already
   * applied are skipped; the first new one must follow on without a gap.
   *
   * @throws IllegalArgumentException when the operations skip a sequence number
   */
  public static Applied apply(WriteTx tx, String device, List<OutboxOperation> ops) {
    DSLContext dsl = tx.dsl();
    foldLocal(tx);
    long cursor = MergeStore.cursor(dsl, device);
    int waitingBefore = waitingCount(dsl);
    if (!ops.isEmpty()) {
      // Once per batch: every entry of this device says where it was written.
      RemoteDevices.ensure(dsl, device, ops.get(0).hlc().millis());
    }
    Map<String, Projection> touched = new LinkedHashMap<>();
    int applied = 0;
    int duplicates = 0;
    for (OutboxOperation op : ops) {
      if (!op.device().equals(device)) {
        throw new IllegalArgumentException(
            "operation " + op.id() + " is not from device " + device);
      }
      if (op.seq() <= cursor) {
        duplicates++;
        continue;
      }
      if (op.seq() != cursor + 1) {
        throw new IllegalArgumentException(
            "operations of " + device + " skip from " + cursor + " to " + op.seq());
      }
      tx.observe(op.hlc());
      if (!touched.isEmpty() && appends(op)) {
        // Entities changed earlier in this batch (an incident declared a moment before its first
        // entries) are written before the records that hang off them, so those need not wait
        // (parked, then retried one by one). Projecting again at the end changes nothing.
        project(dsl, touched);
        touched.clear();
      }
      merge(dsl, op, false, touched);
      tx.changedBySync(op.entity(), op.entityId(), ChangedIncident.of(op));
      cursor = op.seq();
      applied++;
    }
    MergeStore.setCursor(dsl, device, cursor);
    project(dsl, touched);
    retryWaiting(dsl);
    RemoteDevices.advanceChainHeads(dsl);
    int waitingAfter = waitingCount(dsl);
    if (waitingAfter < waitingBefore) {
      // Records that waited for this batch went in: not itemised, so watchers re-read.
      tx.changedEverythingBySync();
    }
    return new Applied(applied, duplicates, waitingAfter);
  }

  /**
   * Brings this laptop's own operations into the registers. They are in the tables already; the
   * registers need them so that an older write from elsewhere does not overwrite them.
   */
  public static void foldLocal(WriteTx tx) {
    DSLContext dsl = tx.dsl();
    String local = tx.device().id();
    long cursor = MergeStore.cursor(dsl, local);
    List<OutboxOperation> ops = OutboxRepository.after(dsl, local, cursor);
    if (ops.isEmpty()) {
      return;
    }
    Map<String, Projection> touched = new LinkedHashMap<>();
    for (OutboxOperation op : ops) {
      merge(dsl, op, true, touched);
    }
    MergeStore.setCursor(dsl, local, ops.get(ops.size() - 1).seq());
    // A local write that lost (a remote write with a later clock was applied first) must not
    // stay in the table: rewrite those entities from their registers.
    project(dsl, touched);
  }

  /** Entities and records still waiting for something to arrive. */
  public static int waitingCount(DSLContext dsl) {
    Object n =
        dsl.fetchValue(
            "SELECT (SELECT count(*) FROM merge_pending) +"
                + " (SELECT count(*) FROM merge_parked)");
    return n instanceof Number c ? c.intValue() : 0;
  }

  static void merge(
      DSLContext dsl, OutboxOperation op, boolean local, Map<String, Projection> touched) {
    Optional<Projection> projection = Projections.of(op.entity());
    if (projection.isPresent() && projection.get().rule() == Projection.Rule.APPEND) {
      if (!local) {
        appendOrPark(dsl, projection.get(), op);
      }
      return;
    }
    Register incoming = new Register(op.hlc().packed(), op.device(), op.valueJson());
    Optional<Register> current = MergeStore.get(dsl, op.entity(), op.entityId(), op.field());
    if (current.isPresent() && current.get().sameWrite(incoming)) {
      return; // seen before (a snapshot carrying what a segment brought): nothing lost, nothing new
    }
    boolean flag =
        projection.isPresent()
            && projection.get().rule() == Projection.Rule.FIELDS_FLAG_CONFLICTS
            && current.isPresent()
            && !current.get().device().equals(incoming.device())
            && !projection.get().sameValue(current.get().value(), incoming.value());
    if (current.isEmpty() || incoming.beats(current.get())) {
      current.ifPresent(
          c -> MergeStore.lost(dsl, op.entity(), op.entityId(), op.field(), c, incoming));
      MergeStore.put(dsl, op.entity(), op.entityId(), op.field(), incoming);
      if (flag) {
        MergeStore.conflict(dsl, op.entity(), op.entityId(), op.field(), incoming, current.get());
      }
      if (!local) {
        projection.ifPresent(p -> touched.put(op.entity() + "\u0000" + op.entityId(), p));
      }
    } else {
      MergeStore.lost(dsl, op.entity(), op.entityId(), op.field(), incoming, current.get());
      if (flag) {
        MergeStore.conflict(dsl, op.entity(), op.entityId(), op.field(), current.get(), incoming);
      }
      if (local) {
        projection.ifPresent(p -> touched.put(op.entity() + "\u0000" + op.entityId(), p));
      }
    }
  }

  private static boolean appends(OutboxOperation op) {
    Optional<Projection> p = Projections.of(op.entity());
    return p.isPresent() && p.get().rule() == Projection.Rule.APPEND;
  }

  static boolean appendOrPark(DSLContext dsl, Projection p, OutboxOperation op) {
    Optional<String> waiting;
    try {
      waiting = p.append(dsl, op);
    } catch (RuntimeException e) {
      // A record this version cannot read (a newer laptop's event code): keep it, don't fail.
      waiting = Optional.of("unreadable: " + e.getMessage());
    }
    if (waiting.isPresent()) {
      MergeStore.park(dsl, op, waiting.get());
      return false;
    }
    MergeStore.record(dsl, op);
    return true;
  }

  static void project(DSLContext dsl, Map<String, Projection> touched) {
    touched.forEach(
        (key, p) -> {
          String id = key.substring(key.indexOf('\u0000') + 1);
          projectOne(dsl, p, id);
        });
  }

  private static boolean projectOne(DSLContext dsl, Projection p, String id) {
    MergedEntity merged = new MergedEntity(p.entity(), id, MergeStore.fields(dsl, p.entity(), id));
    Optional<String> waiting;
    try {
      waiting = p.project(dsl, merged);
    } catch (RuntimeException e) {
      waiting = Optional.of("unreadable: " + e.getMessage());
    }
    if (waiting.isPresent()) {
      MergeStore.waiting(dsl, p.entity(), id, waiting.get());
      return false;
    }
    MergeStore.done(dsl, p.entity(), id);
    return true;
  }

  /** Retries what waits until a pass makes no progress (a parent may unblock its children). */
  static void retryWaiting(DSLContext dsl) {
    boolean progress = true;
    while (progress) {
      progress = false;
      for (String[] e : MergeStore.waitingEntities(dsl)) {
        Optional<Projection> p = Projections.of(e[0]);
        if (p.isPresent() && projectOne(dsl, p.get(), e[1])) {
          progress = true;
        }
      }
      for (OutboxOperation op : MergeStore.parked(dsl)) {
        Projection p = Projections.of(op.entity()).orElseThrow();
        MergeStore.unpark(dsl, op);
        if (appendOrPark(dsl, p, op)) {
          progress = true;
        }
      }
    }
  }
}
