package org.sitrep.model.action;

import java.time.Instant;
import java.util.Optional;

/**
 * Something the incident owes after the fire is out, e.g. "rotate this credential" after a
 * break-glass opening. Stays open until someone marks it done; the postmortem lists them.
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
    Optional<String> doneBy) {

  public enum Kind {
    ROTATE_CREDENTIAL,
    FOLLOW_UP
  }

  public enum Status {
    OPEN,
    DONE
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }
}
