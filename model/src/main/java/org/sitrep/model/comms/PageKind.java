package org.sitrep.model.comms;

/** The real status page, and the practice page drills publish to (or nowhere). */
public enum PageKind {
  REAL("real"),
  DRILL("drill");

  private final String word;

  PageKind(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }
}
