package org.sitrep.sync.engine;

import static org.sitrep.model.store.schema.Tables.SYNC_PEER;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.store.schema.tables.records.SyncPeerRecord;

/**
 * What this laptop knows of each other device on a target ({@code sync_peer}): when it last listed
 * the device's segments and the highest number it saw, what it waits for (a gap), and how far the
 * device's clock is from ours.
 */
final class PeerLedger {

  /** The last listing of a device's segments: when (our clock) and the highest number seen. */
  record Listed(Optional<Long> atMillis, long seq) {}

  /** A device this laptop waits for, or whose clock is off. */
  record Peer(
      String target,
      String device,
      String label,
      Optional<String> gap,
      long gapSinceMillis,
      Optional<Long> skewMillis) {}

  private PeerLedger() {}

  private static void ensure(DSLContext dsl, String target, String device) {
    dsl.execute(
        "INSERT OR IGNORE INTO sync_peer (target, device_id) VALUES (?, ?)", target, device);
  }

  static Listed listed(DSLContext dsl, String target, String device) {
    return dsl.select(SYNC_PEER.LISTED_MS, SYNC_PEER.LISTED_SEQ)
        .from(SYNC_PEER)
        .where(SYNC_PEER.TARGET.eq(target).and(SYNC_PEER.DEVICE_ID.eq(device)))
        .fetchOptional(r -> new Listed(Optional.ofNullable(r.value1()), r.value2()))
        .orElse(new Listed(Optional.empty(), 0));
  }

  static void listedNow(DSLContext dsl, String target, String device, long now, long highestSeq) {
    ensure(dsl, target, device);
    dsl.execute(
        "UPDATE sync_peer SET listed_ms = ?, listed_seq = max(listed_seq, ?)"
            + " WHERE target = ? AND device_id = ?",
        now,
        highestSeq,
        target,
        device);
  }

  /** Records what this laptop waits for from {@code device}, or (empty) that it waits for none. */
  static void gap(DSLContext dsl, String target, String device, Optional<String> gap, long now) {
    ensure(dsl, target, device);
    if (gap.isEmpty()) {
      dsl.execute(
          "UPDATE sync_peer SET gap = NULL, gap_since_ms = NULL WHERE target = ? AND device_id = ?",
          target,
          device);
      return;
    }
    dsl.execute(
        "UPDATE sync_peer SET gap = ?, gap_since_ms = coalesce(gap_since_ms, ?)"
            + " WHERE target = ? AND device_id = ?",
        gap.get(),
        now,
        target,
        device);
  }

  static void skew(DSLContext dsl, String target, String device, long skewMillis, long now) {
    ensure(dsl, target, device);
    dsl.execute(
        "UPDATE sync_peer SET skew_ms = ?, skew_seen_ms = ? WHERE target = ? AND device_id = ?",
        skewMillis,
        now,
        target,
        device);
  }

  /** How other laptops name a device: its roster label, or its id until one is known. */
  static String label(DSLContext dsl, String device) {
    Object label = dsl.fetchValue("SELECT label FROM device WHERE id = ?", device);
    return label == null || label.toString().equals(device)
        ? device
        : label + " (" + device.substring(0, Math.min(8, device.length())) + ")";
  }

  /** Devices this laptop waits for or whose clock was found off, on every target. */
  static List<Peer> troubled(DSLContext dsl) {
    long threshold = ClockSkew.THRESHOLD.toMillis();
    // Typed fields, not plain SQL: plain-SQL reads of SQLite integers come back as 32-bit ints.
    return dsl.selectFrom(SYNC_PEER)
        .where(SYNC_PEER.GAP.isNotNull())
        .or(SYNC_PEER.SKEW_MS.gt(threshold))
        .or(SYNC_PEER.SKEW_MS.lt(-threshold))
        .orderBy(SYNC_PEER.TARGET, SYNC_PEER.DEVICE_ID)
        .fetch(r -> peer(dsl, r, threshold));
  }

  private static Peer peer(DSLContext dsl, SyncPeerRecord r, long threshold) {
    return new Peer(
        r.getTarget(),
        r.getDeviceId(),
        label(dsl, r.getDeviceId()),
        Optional.ofNullable(r.getGap()),
        r.getGapSinceMs() == null ? 0 : r.getGapSinceMs(),
        Optional.ofNullable(r.getSkewMs()).filter(s -> Math.abs(s) > threshold));
  }
}
