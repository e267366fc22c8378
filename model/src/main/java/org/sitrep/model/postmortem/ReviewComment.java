package org.sitrep.model.postmortem;

import java.time.Instant;

/** A reviewer's comment on one section, on the revision they read. Never edited or deleted. */
public record ReviewComment(
    String id, String sectionKey, long revision, String author, String text, Instant at) {

  public String sectionTitle() {
    return Sections.title(sectionKey);
  }
}
