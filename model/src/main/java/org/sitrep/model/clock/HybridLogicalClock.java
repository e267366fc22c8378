package org.sitrep.model.clock;

import java.time.InstantSource;

/**
 * The clock every write on this laptop is stamped with. It follows the wall clock when the wall
 * clock moves forward and counts when it stands still or steps back (NTP corrections, a laptop
 * waking from sleep with a stale RTC), so readings never repeat and never run backwards.
 *
 * <p>The last reading is persisted by the workspace with every write and fed back through {@link
 * #observe} on open, so a restart with the wall clock set back still continues forward.
 */
public final class HybridLogicalClock {

  private final InstantSource wallClock;
  private final String device;
  private long last;

  public HybridLogicalClock(InstantSource wallClock, String device, long lastPacked) {
    this.wallClock = wallClock;
    this.device = device;
    this.last = lastPacked;
  }

  /** A fresh reading for a local event, later than every reading seen so far. */
  public synchronized Hlc now() {
    long wall = Math.min(Math.max(wallClock.millis(), 0), Hlc.MAX_MILLIS);
    long lastMillis = last >>> 16;
    int lastCounter = (int) (last & Hlc.MAX_COUNTER);
    if (wall > lastMillis) {
      last = wall << 16;
    } else if (lastCounter < Hlc.MAX_COUNTER) {
      last = last + 1;
    } else {
      // 65,536 events in one millisecond: borrow the next millisecond rather than wrap.
      last = (lastMillis + 1) << 16;
    }
    return Hlc.unpack(last, device);
  }

  /**
   * A reading later than both the local clock and {@code seen}: used when writing a field whose
   * current value carries a reading from another laptop that may be ahead of ours.
   */
  public synchronized Hlc nowAfter(long seenPacked) {
    observe(seenPacked);
    return now();
  }

  /** Raise the floor without producing a reading (persisted value on open, remote readings). */
  public synchronized void observe(long seenPacked) {
    if (Long.compareUnsigned(seenPacked, last) > 0) {
      last = seenPacked;
    }
  }

  public synchronized long lastPacked() {
    return last;
  }

  public String device() {
    return device;
  }
}
