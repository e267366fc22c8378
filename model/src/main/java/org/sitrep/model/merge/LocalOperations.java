package org.sitrep.model.merge;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.store.WriteTx;

/**
 * Writes the rows of this laptop's own operations with the projections that write the operations of
 * other laptops (ADR 28): the fields go into the merge registers, then the entity's rows are
 * rewritten from them, so a row here says exactly what the same operations say on every laptop.
 *
 * <p>One instance per write transaction. Only {@link WriteTx#apply} calls it.
 */
public final class LocalOperations {

  private final WriteTx tx;
  private final Set<OutboxOperation> registered =
      Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean caughtUp;

  public LocalOperations(WriteTx tx) {
    this.tx = tx;
  }

  /**
   * Writes the rows of one operation's fields (all of one entity, at one clock reading).
   *
   * @throws IllegalStateException when the rows cannot be written (a parent row missing): a local
   *     change names what it needs, so this is a bug, not something to wait for
   */
  public void write(List<OutboxOperation> fields) {
    if (fields.isEmpty()) {
      return;
    }
    DSLContext dsl = tx.dsl();
    OutboxOperation first = fields.get(0);
    Optional<Projection> projection = Projections.of(first.entity());
    if (projection.isPresent() && projection.get().rule() == Projection.Rule.APPEND) {
      for (OutboxOperation op : fields) {
        projection.get().appendOwn(dsl, op).ifPresent(why -> refuse(op, why));
      }
      return;
    }
    catchUp(dsl);
    Projection p = projection.orElse(null);
    if (p != null && p.rule() == Projection.Rule.FIELDS_FLAG_CONFLICTS) {
      // Versions written on two laptops are flagged by the merge: the same path as remote ones.
      for (OutboxOperation op : fields) {
        RemoteOperations.merge(dsl, op, true, new java.util.HashMap<>());
        registered.add(op);
      }
      project(dsl, p, first, MergeStore.fields(dsl, first.entity(), first.entityId()));
      return;
    }
    // The merge rule of RemoteOperations.merge, with the entity's registers read once: a local
    // write carries a fresh clock, so it normally wins, and the losing value goes to history.
    Map<String, Register> registers =
        new TreeMap<>(MergeStore.fields(dsl, first.entity(), first.entityId()));
    for (OutboxOperation op : fields) {
      Register incoming = new Register(op.hlc().packed(), op.device(), op.valueJson());
      Register current = registers.get(op.field());
      registered.add(op);
      if (current != null && current.sameWrite(incoming)) {
        continue;
      }
      if (current == null || incoming.beats(current)) {
        if (current != null) {
          MergeStore.lost(dsl, op.entity(), op.entityId(), op.field(), current, incoming);
        }
        MergeStore.put(dsl, op.entity(), op.entityId(), op.field(), incoming);
        registers.put(op.field(), incoming);
      } else {
        MergeStore.lost(dsl, op.entity(), op.entityId(), op.field(), incoming, current);
      }
    }
    if (p != null) {
      project(dsl, p, first, registers);
    }
  }

  private static void project(
      DSLContext dsl, Projection p, OutboxOperation first, Map<String, Register> registers) {
    MergedEntity merged = new MergedEntity(first.entity(), first.entityId(), registers);
    p.project(dsl, merged).ifPresent(why -> refuse(first, why));
  }

  /**
   * After the transaction's operations got their sequence numbers: the registers now hold every
   * operation up to {@code lastSeq}, so the next sync has nothing of this laptop's to fold in.
   */
  public void flushed(List<OutboxOperation> pending, long lastSeq) {
    if (!caughtUp) {
      return; // nothing registered in this transaction: the next catch-up folds it all
    }
    DSLContext dsl = tx.dsl();
    for (OutboxOperation op : pending) {
      if (!registered.contains(op)) {
        RemoteOperations.merge(dsl, op, true, new java.util.HashMap<>());
      }
    }
    MergeStore.setCursor(dsl, tx.device().id(), lastSeq);
  }

  /** Folds this laptop's committed operations the registers lack (written before ADR 28). */
  private void catchUp(DSLContext dsl) {
    if (!caughtUp) {
      RemoteOperations.foldLocal(tx);
      caughtUp = true;
    }
  }

  private static void refuse(OutboxOperation op, String why) {
    throw new IllegalStateException(
        "cannot write " + op.entity() + " " + op.entityId() + "." + op.field() + ": " + why);
  }
}
