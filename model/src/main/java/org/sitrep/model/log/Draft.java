package org.sitrep.model.log;

import java.util.Objects;
import java.util.Optional;

/** An entry about to be written: what the caller decides. Time, chain and id are the log's job. */
public record Draft(
    String incidentId, EventCode event, String text, String author, Optional<String> corrects) {

  public Draft {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(author, "author");
    corrects = corrects == null ? Optional.empty() : corrects;
  }

  public Draft(String incidentId, EventCode event, String text, String author) {
    this(incidentId, event, text, author, Optional.empty());
  }

  public Draft withText(String newText) {
    return newText.equals(text) ? this : new Draft(incidentId, event, newText, author, corrects);
  }
}
