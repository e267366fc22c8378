package org.sitrep.model.backup;

import java.time.Duration;
import java.util.Optional;

/**
 * One restore drill: which backup, whether it restored and checked out, how long the restore took
 * (RTO) and how old its data was (RPO), against the targets of the day.
 */
public record DrillResult(
    long ranMs,
    Optional<String> backup,
    boolean restored,
    Duration restoreTook,
    Duration dataAge,
    Duration rtoTarget,
    Duration rpoTarget,
    Optional<String> problem) {

  public boolean rtoMet() {
    return restored && restoreTook.compareTo(rtoTarget) <= 0;
  }

  public boolean rpoMet() {
    return restored && dataAge.compareTo(rpoTarget) <= 0;
  }

  /** Restored, checked, and within both targets. */
  public boolean passed() {
    return rtoMet() && rpoMet();
  }
}
