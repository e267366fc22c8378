package org.sitrep.sync.engine;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

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
    return dsl.fetchOptional(
            "SELECT listed_ms, listed_seq FROM sync_peer WHERE target = ? AND device_id = ?",
            target,
            device)
        .map(r -> new Listed(Optional.ofNullable(r.get(0, Long.class)), r.get(1, Long.class)))
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
    return dsl.fetch(
            "SELECT target, device_id, gap, gap_since_ms, skew_ms FROM sync_peer"
                + " WHERE gap IS NOT NULL OR abs(coalesce(skew_ms, 0)) > ?"
                + " ORDER BY target, device_id",
            ClockSkew.THRESHOLD.toMillis())
        .map(r -> peer(dsl, r));
  }

  private static Peer peer(DSLContext dsl, Record r) {
    String device = r.get(1, String.class);
    Long since = r.get(3, Long.class);
    return new Peer(
        r.get(0, String.class),
        device,
        label(dsl, device),
        Optional.ofNullable(r.get(2, String.class)),
        since == null ? 0 : since,
        Optional.ofNullable(r.get(4, Long.class))
            .filter(s -> Math.abs(s) > ClockSkew.THRESHOLD.toMillis()));
  }
}
