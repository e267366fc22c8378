package org.sitrep.model.merge;

import static org.sitrep.model.store.schema.Tables.MERGE_CURSOR;
import static org.sitrep.model.store.schema.Tables.MERGE_FIELD;
import static org.sitrep.model.store.schema.Tables.MERGE_HISTORY;
import static org.sitrep.model.store.schema.Tables.MERGE_RECORD;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.store.WriteTx;

/**
 * Everything this laptop has merged, as operations: every field's winning value and every value
 * that lost, every append-only record exactly as its author sent it, whatever still waits for its
 * parent — and how far each device's operations are covered. A laptop that loads it holds what it
 * would hold after replaying every segment up to there, so it need not fetch them, and they can be
 * collected.
 */
public final class Snapshots {

  /** A snapshot's content: operations (any device, any order) and what they cover. */
  public record Content(Map<String, Long> covers, List<OutboxOperation> operations) {

    public Content {
      covers = Map.copyOf(covers);
      operations = List.copyOf(operations);
    }

    /** How many operations, over all devices, this snapshot stands for. */
    public long coveredOperations() {
      return covers.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  private Snapshots() {}

  /**
   * Why this laptop cannot write a complete snapshot, if it cannot: records that arrived before it
   * kept them (applied by a version without merge_record) would be missing from it.
   */
  public static Optional<String> incomplete(DSLContext dsl) {
    for (String entity : appendEntities()) {
      long rows = count(dsl, "SELECT count(*) FROM " + entity);
      long kept =
          count(
              dsl,
              "SELECT count(DISTINCT entity_id) FROM (SELECT entity_id FROM merge_record WHERE"
                  + " entity = '"
                  + entity
                  + "' UNION SELECT entity_id FROM outbox WHERE entity = '"
                  + entity
                  + "')");
      if (rows > kept) {
        return Optional.of(
            (rows - kept) + " " + entity + " rows arrived before this version kept them");
      }
    }
    return Optional.empty();
  }

  /** This laptop's whole merged state, its own latest writes folded in first. */
  public static Content capture(WriteTx tx) {
    RemoteOperations.foldLocal(tx);
    DSLContext dsl = tx.dsl();
    Map<String, Long> covers = new TreeMap<>();
    dsl.selectFrom(MERGE_CURSOR).forEach(r -> covers.put(r.getDeviceId(), r.getAppliedSeq()));
    List<OutboxOperation> ops = new ArrayList<>();
    // Winning values and the values that lost: both are registers, replayed in clock order.
    dsl.select(
            MERGE_FIELD.DEVICE_ID,
            MERGE_FIELD.HLC,
            MERGE_FIELD.ENTITY,
            MERGE_FIELD.ENTITY_ID,
            MERGE_FIELD.FIELD,
            MERGE_FIELD.VALUE)
        .from(MERGE_FIELD)
        .unionAll(
            dsl.select(
                    MERGE_HISTORY.DEVICE_ID,
                    MERGE_HISTORY.HLC,
                    MERGE_HISTORY.ENTITY,
                    MERGE_HISTORY.ENTITY_ID,
                    MERGE_HISTORY.FIELD,
                    MERGE_HISTORY.VALUE)
                .from(MERGE_HISTORY))
        .forEach(
            r ->
                ops.add(
                    new OutboxOperation(
                        r.value1(),
                        0,
                        Hlc.unpack(r.value2(), r.value1()),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6())));
    dsl.selectFrom(MERGE_RECORD)
        .forEach(
            r ->
                ops.add(
                    new OutboxOperation(
                        r.getDeviceId(),
                        r.getSeq(),
                        Hlc.unpack(r.getHlc(), r.getDeviceId()),
                        r.getEntity(),
                        r.getEntityId(),
                        r.getField(),
                        r.getValue())));
    Set<String> appends = appendEntities();
    String me = tx.device().id();
    OutboxRepository.after(dsl, me, 0).stream()
        .filter(op -> appends.contains(op.entity()))
        .forEach(ops::add);
    ops.addAll(MergeStore.parked(dsl));
    return new Content(covers, ops);
  }

  /**
   * Merges a snapshot into this laptop: fields last-writer-wins as always, records added once, each
   * device's cursor moved up to what the snapshot covers (never back, and never this laptop's own).
   * Loading one twice, or one that covers less than this laptop has, changes nothing.
   */
  public static RemoteOperations.Applied load(WriteTx tx, Content snapshot) {
    DSLContext dsl = tx.dsl();
    RemoteOperations.foldLocal(tx);
    // A snapshot can touch anything: watchers re-read what they show.
    tx.changedEverythingBySync();
    String me = tx.device().id();
    Map<String, Long> had = new LinkedHashMap<>();
    snapshot.covers().keySet().forEach(d -> had.put(d, MergeStore.cursor(dsl, d)));
    List<OutboxOperation> theirs =
        snapshot.operations().stream()
            .filter(op -> !op.device().equals(me))
            .sorted(
                Comparator.comparingLong((OutboxOperation op) -> op.hlc().packed())
                    .thenComparing(OutboxOperation::device)
                    .thenComparingLong(OutboxOperation::seq))
            .toList();
    Map<String, Long> firstSeen = new LinkedHashMap<>();
    theirs.forEach(op -> firstSeen.putIfAbsent(op.device(), op.hlc().millis()));
    firstSeen.forEach((device, millis) -> RemoteDevices.ensure(dsl, device, millis));
    Set<String> appends = appendEntities();
    int applied = 0;
    int duplicates = 0;
    // Fields first, so the incidents, pages and vault items records hang off exist when they come.
    Map<String, Projection> touched = new LinkedHashMap<>();
    for (OutboxOperation op : theirs) {
      if (!appends.contains(op.entity())) {
        tx.observe(op.hlc());
        RemoteOperations.merge(dsl, op, false, touched);
        applied++;
      }
    }
    RemoteOperations.project(dsl, touched);
    for (OutboxOperation op : theirs) {
      if (appends.contains(op.entity())) {
        if (op.seq() <= had.getOrDefault(op.device(), 0L)) {
          duplicates++;
          continue;
        }
        tx.observe(op.hlc());
        RemoteOperations.appendOrPark(dsl, Projections.of(op.entity()).orElseThrow(), op);
        applied++;
      }
    }
    snapshot
        .covers()
        .forEach(
            (device, seq) -> {
              if (!device.equals(me) && seq > had.getOrDefault(device, 0L)) {
                MergeStore.setCursor(dsl, device, seq);
              }
            });
    RemoteOperations.retryWaiting(dsl);
    RemoteDevices.advanceChainHeads(dsl);
    return new RemoteOperations.Applied(applied, duplicates, RemoteOperations.waitingCount(dsl));
  }

  private static Set<String> appendEntities() {
    return Projections.entities().stream()
        .filter(e -> Projections.of(e).orElseThrow().rule() == Projection.Rule.APPEND)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  private static long count(DSLContext dsl, String sql) {
    Object n = dsl.fetchValue(sql);
    return n instanceof Number c ? c.longValue() : 0;
  }
}
