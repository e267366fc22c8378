package org.sitrep.sync.engine;

import java.util.List;

/**
 * What one sync did: segments and operations sent (and their bytes), operations applied from other
 * devices, duplicates skipped, objects refused, what still waits for a gap to fill, and the upkeep
 * done on the way (a snapshot started from or written, old segments collected).
 */
public record SyncReport(
    int segmentsSent,
    long operationsSent,
    long bytesSent,
    long operationsApplied,
    long duplicates,
    List<String> quarantined,
    List<String> stalled,
    int waiting,
    List<String> upkeep) {

  public boolean clean() {
    return quarantined.isEmpty() && stalled.isEmpty();
  }
}
