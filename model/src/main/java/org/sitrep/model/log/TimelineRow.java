package org.sitrep.model.log;

import java.util.Optional;
import org.sitrep.model.store.schema.tables.records.LogEntryRecord;

/**
 * One row of a timeline as read: the entry, or, for a row changed behind the app's back into
 * something unreadable, why it cannot be shown. A reader shows the rest of the log either way.
 */
public record TimelineRow(Optional<LogEntry> entry, Optional<UnreadableEntryException> unreadable) {

  static TimelineRow of(LogEntryRecord r) {
    try {
      return new TimelineRow(Optional.of(LogRepository.toEntry(r)), Optional.empty());
    } catch (UnreadableEntryException e) {
      return new TimelineRow(Optional.empty(), Optional.of(e));
    }
  }
}
