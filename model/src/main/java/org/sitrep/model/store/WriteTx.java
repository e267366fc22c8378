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
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.outbox.OutboxRepository;
import org.sitrep.model.redact.Redactor;

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
   * Records one changed field for sync. {@code value} is anything Jackson can write as JSON; {@code
   * null} means the field was cleared.
   */
  public void record(Hlc hlc, String entity, String entityId, String field, Object value) {
    // Sequence numbers are assigned at flush, inside the same transaction, so they stay gapless.
    pending.add(
        new OutboxOperation(device.id(), 0, hlc, entity, entityId, field, Json.write(value)));
    changes.field(entity, entityId, field, value);
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
      OutboxRepository.insertAll(dsl, device.id(), pending);
    }
    DeviceRepository.saveClock(dsl, device.id(), clock.lastPacked());
  }
}
