package org.sitrep.model.log;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What {@link ChainVerifier} found: how much it checked, and every device chain that is broken. */
public record ChainReport(long entriesChecked, int devicesChecked, List<ChainBreak> breaks) {

  public ChainReport {
    breaks = List.copyOf(breaks);
  }

  public boolean intact() {
    return breaks.isEmpty();
  }

  /** The earliest break by time; breaks without an entry (a truncated chain) come last. */
  public Optional<ChainBreak> firstBreak() {
    return breaks.stream().min(Comparator.comparing(b -> b.time().orElse(java.time.Instant.MAX)));
  }
}
