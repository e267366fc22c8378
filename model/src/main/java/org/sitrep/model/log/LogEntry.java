package org.sitrep.model.log;

import java.time.Instant;
import java.util.Optional;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.incident.Role;

/**
 * One immutable line of the incident log: who wrote it (author, and their incident role at the
 * time), where (device), when (UTC wall time and the hybrid clock that orders it), what (kind,
 * stable event code, text), and its link in the device's hash chain.
 */
public record LogEntry(
    String id,
    String incidentId,
    Hlc hlc,
    Instant wallTime,
    String device,
    long deviceSeq,
    String author,
    Optional<Role> authorRole,
    EntryKind kind,
    EventCode event,
    String text,
    Optional<String> corrects,
    String prevHash,
    String hash,
    Optional<String> attachment) {

  public EntrySeverity severity() {
    return event.severity();
  }

  /** Chained entries written before attachments existed, and most entries since, have none. */
  public LogEntry {
    attachment = attachment == null ? Optional.empty() : attachment;
  }

  public boolean isCorrection() {
    return corrects.isPresent();
  }
}
