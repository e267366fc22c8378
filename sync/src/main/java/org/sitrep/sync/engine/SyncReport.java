package org.sitrep.sync.engine;

import java.util.List;

/**
 * What one sync did: segments and operations sent (and their bytes), operations applied from other
 * devices, duplicates skipped, objects refused, and what still waits for a gap to fill.
 */
public record SyncReport(
    int segmentsSent,
    long operationsSent,
    long bytesSent,
    long operationsApplied,
    long duplicates,
    List<String> quarantined,
    List<String> stalled,
    int waiting) {

  public boolean clean() {
    return quarantined.isEmpty() && stalled.isEmpty();
  }
}
