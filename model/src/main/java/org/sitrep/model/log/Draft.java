package org.sitrep.model.log;

import java.util.Objects;
import java.util.Optional;

/** An entry about to be written: what the caller decides. Time, chain and id are the log's job. */
public record Draft(
    String incidentId,
    EventCode event,
    String text,
    String author,
    Optional<String> corrects,
    Optional<String> attachment) {

  public Draft {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(author, "author");
    corrects = corrects == null ? Optional.empty() : corrects;
    attachment = attachment == null ? Optional.empty() : attachment;
  }

  public Draft(
      String incidentId, EventCode event, String text, String author, Optional<String> corrects) {
    this(incidentId, event, text, author, corrects, Optional.empty());
  }

  public Draft(String incidentId, EventCode event, String text, String author) {
    this(incidentId, event, text, author, Optional.empty());
  }

  /** The same entry carrying the digest of an attached record (see {@code command_record}). */
  public Draft withAttachment(String digest) {
    return new Draft(incidentId, event, text, author, corrects, Optional.of(digest));
  }

  public Draft withText(String newText) {
    return newText.equals(text)
        ? this
        : new Draft(incidentId, event, newText, author, corrects, attachment);
  }
}
