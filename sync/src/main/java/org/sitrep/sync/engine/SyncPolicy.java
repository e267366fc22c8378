package org.sitrep.sync.engine;

import java.time.Duration;

/**
 * When sync does its upkeep: an acknowledgement of what was applied at most this often; an old
 * segment of ours collected once a snapshot of ours covers it (written then, if needed), every
 * active member has acknowledged it, and it is older than the retention; collection tried at most
 * this often.
 *
 * <p>Snapshots are written when collection needs one (about once per retention period of activity)
 * or on demand, not after every so many operations: a snapshot is as large as the whole state, and
 * writing one often would cost more than the segments it lets a newcomer skip.
 */
public record SyncPolicy(Duration ackEvery, Duration retention, Duration collectEvery) {

  /** Two weeks of segments kept: a laptop back from a long trip usually catches up from them. */
  public static final SyncPolicy DEFAULT =
      new SyncPolicy(Duration.ofHours(1), Duration.ofDays(14), Duration.ofHours(6));

  public SyncPolicy {
    if (ackEvery.isNegative() || retention.isNegative() || collectEvery.isNegative()) {
      throw new IllegalArgumentException("sync policy: periods must not be negative");
    }
  }
}
