package org.sitrep.model.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Something the incident owes after the fire is out, e.g. "rotate this credential" after a
 * break-glass opening, or a postmortem's "alert at 80% disk". Stays open until someone marks it
 * done; the postmortem lists them and the managers' view shows the overdue ones.
 */
public record ActionItem(
    String id,
    String incidentId,
    String text,
    Kind kind,
    String source,
    Status status,
    String createdEntryId,
    Optional<String> doneEntryId,
    Instant createdAt,
    String createdBy,
    Optional<Instant> doneAt,
    Optional<String> doneBy,
    Tracking tracking) {

  public enum Kind {
    ROTATE_CREDENTIAL,
    FOLLOW_UP
  }

  public enum Status {
    OPEN,
    IN_PROGRESS,
    DONE
  }

  public boolean isOpen() {
    return status != Status.DONE;
  }

  /**
   * Overdue once its due date has passed in UTC (due at the end of that day) and it is not done.
   */
  public boolean isOverdue(LocalDate todayUtc) {
    return isOpen() && tracking.due().map(d -> d.isBefore(todayUtc)).orElse(false);
  }
}
