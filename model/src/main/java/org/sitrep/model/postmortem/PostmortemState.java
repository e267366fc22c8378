package org.sitrep.model.postmortem;

import java.util.Locale;

/** Where a postmortem stands: draft → in review → approved → published. */
public enum PostmortemState {
  DRAFT,
  IN_REVIEW,
  APPROVED,
  PUBLISHED;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Approved or published: a change to the text now reopens the review. */
  public boolean isSignedOff() {
    return this == APPROVED || this == PUBLISHED;
  }
}
