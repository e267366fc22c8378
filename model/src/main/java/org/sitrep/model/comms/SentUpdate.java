package org.sitrep.model.comms;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stakeholder update as sent: its log entry's id and text, and what the text does not say.
 *
 * @param overridden names of the wording checks the writer chose to override
 */
public record SentUpdate(
    String entryId,
    String incidentId,
    Audience audience,
    UpdatePhase phase,
    String templateId,
    int templateVersion,
    Instant sentAt,
    Optional<Instant> nextUpdate,
    List<String> overridden,
    String text,
    String author) {

  public SentUpdate {
    overridden = List.copyOf(overridden);
  }
}
