package org.sitrep.sync.engine;

import java.time.Duration;

/**
 * When sync does its upkeep: a snapshot after this many new operations; an acknowledgement of what
 * was applied at most this often; an old segment of ours collected once a snapshot covers it, every
 * active member has acknowledged it, and it is older than the retention; collection tried at most
 * this often. A laptop offline for longer than the retention starts again from a snapshot.
 */
public record SyncPolicy(
    long snapshotEveryOps, Duration ackEvery, Duration retention, Duration collectEvery) {

  /**
   * Two weeks of segments kept: a laptop back from a long trip usually catches up segment by
   * segment.
   */
  public static final SyncPolicy DEFAULT =
      new SyncPolicy(50_000, Duration.ofHours(1), Duration.ofDays(14), Duration.ofHours(6));

  public SyncPolicy {
    if (snapshotEveryOps < 1
        || ackEvery.isNegative()
        || retention.isNegative()
        || collectEvery.isNegative()) {
      throw new IllegalArgumentException("sync policy: counts and periods must not be negative");
    }
  }
}
