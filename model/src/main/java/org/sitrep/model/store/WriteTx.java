package org.sitrep.model.store;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.clock.HybridLogicalClock;
import org.sitrep.model.device.DeviceRepository;
import org.sitrep.model.device.LocalDevice;
import org.sitrep.model.feed.ChangeCollector;
import org.sitrep.model.feed.ChangeSet;
import org.sitrep.model.feed.Origin;
import org.sitrep.model.merge.LocalOperations;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.redact.Redactor;
import org.sitrep.model.write.FieldWrite;
import org.sitrep.model.write.Operation;

/**
 * One open write transaction on this laptop: the jOOQ context bound to it, the clock, and the
 * outbox that every change must go through. Lives only inside {@link Workspace#write}.
 */
public final class WriteTx {

  private final DSLContext dsl;
  private final LocalDevice device;
  private final HybridLogicalClock clock;
  private final InstantSource wallClock;
  private final Redactor redactor;
  private final List<OutboxOperation> pending = new ArrayList<>();
  private final ChangeCollector changes = new ChangeCollector();
  private final LocalOperations local = new LocalOperations(this);

  WriteTx(
      DSLContext dsl,
      LocalDevice device,
      HybridLogicalClock clock,
      InstantSource wallClock,
      Redactor redactor) {
    this.dsl = dsl;
    this.device = device;
    this.clock = clock;
    this.wallClock = wallClock;
    this.redactor = redactor;
  }

  /** Free text as it may be stored: secrets masked (see {@link Redactor}). */
  public String redact(String text) {
    return redactor.redact(text);
  }

  public DSLContext dsl() {
    return dsl;
  }

  public LocalDevice device() {
    return device;
  }

  /** A fresh clock reading for the next change. */
  public Hlc tick() {
    return clock.now();
  }

  /**
   * Moves the clock past a reading from another laptop, so every later write here is ordered after
   * what was merged (last-writer-wins then means "the edit made after seeing it").
   */
  public void observe(Hlc seen) {
    clock.observe(seen.packed());
  }

  /**
   * The wall clock in UTC, to the millisecond the store keeps: what an entry shows as its time. A
   * value returned from a write must equal the same value read back.
   */
  public Instant wallTime() {
    return wallClock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  /**
   * Applies one typed operation at a fresh clock reading: the only way a change is written (ADR
   * 28). Its synced fields go to the outbox and its rows are written by the same projection that
   * writes the operations merged from other laptops.
   */
  public Hlc apply(Operation operation) {
    return apply(tick(), operation);
  }

  /**
   * As {@link #apply(Operation)} at a reading the caller already took, so several operations of one
   * user action (an incident declared with its milestones) carry the same clock.
   */
  public Hlc apply(Hlc hlc, Operation operation) {
    List<OutboxOperation> written = new ArrayList<>(operation.writes().size());
    for (FieldWrite w : operation.writes()) {
      written.add(outbox(hlc, operation.entity(), operation.entityId(), w.field(), w.value()));
    }
    local.write(written);
    return hlc;
  }

  /**
   * Records one changed field for sync. {@code value} is anything Jackson can write as JSON; {@code
   * null} means the field was cleared. Only {@link #apply} calls it: a field recorded without its
   * rows written (or rows written without their field) is the second path ADR 28 removes.
   */
  private OutboxOperation outbox(
      Hlc hlc, String entity, String entityId, String field, Object value) {
    // Sequence numbers are assigned at flush, inside the same transaction, so they stay gapless.
    OutboxOperation op =
        new OutboxOperation(device.id(), 0, hlc, entity, entityId, field, Json.write(value));
    pending.add(op);
    changes.field(entity, entityId, field, value);
    return op;
  }

  /**
   * Notes a change merged from another laptop, for the change feed published after the commit
   * (those rows are written by the merge, not through {@link #record}).
   */
  public void changedBySync(String entity, String entityId, String incidentId) {
    changes.remote(entity, entityId, incidentId);
  }

  /** Notes that this transaction changed more than it itemises (a snapshot loaded). */
  public void changedEverythingBySync() {
    changes.everything(Origin.SYNC);
  }

  /** Notes a change written without an outbox field (a local-only row the window shows). */
  public void changedLocally(String entity, String entityId, String incidentId) {
    changes.field(entity, entityId, "incident", incidentId);
  }

  ChangeSet changes() {
    return changes.toChangeSet();
  }

  void finish() {
    if (!pending.isEmpty()) {
      long last = OutboxRepository.insertAll(dsl, device.id(), pending);
      local.flushed(pending, last);
    }
    DeviceRepository.saveClock(dsl, device.id(), clock.lastPacked());
  }
}
