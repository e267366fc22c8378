package org.sitrep.model.log;

import java.time.Instant;
import java.util.Optional;

/**
 * The first place a device's chain does not hold: the entry found there (when there is one), and
 * what is wrong with it in plain words.
 */
public record ChainBreak(
    String device,
    long seq,
    Optional<String> entryId,
    Optional<Instant> time,
    Optional<String> author,
    String problem) {

  static ChainBreak at(LogEntry e, String problem) {
    return new ChainBreak(
        e.device(),
        e.deviceSeq(),
        Optional.of(e.id()),
        Optional.of(e.wallTime()),
        Optional.of(e.author()),
        problem);
  }

  static ChainBreak after(String device, long seq, String problem) {
    return new ChainBreak(
        device, seq, Optional.empty(), Optional.empty(), Optional.empty(), problem);
  }
}
