package org.sitrep.model.comms.wording;

/**
 * One wording check that fired: which, the words that made it fire (never a secret: those are
 * quoted as {@code [secret]}), and where they are in the text (start inclusive, end exclusive; both
 * 0 for something missing rather than present).
 */
public record Warning(Check check, String quote, int start, int end) {

  /** A finding about something missing from the text. */
  static Warning missing(Check check) {
    return new Warning(check, "", 0, 0);
  }

  /** "eta: "back by 15:00" — promises a time of fix. Say what is being done …". */
  public String explain() {
    return check.word()
        + ": "
        + (quote.isEmpty() ? "" : "\"" + quote + "\" — ")
        + "this update "
        + check.finding()
        + ". "
        + check.advice();
  }
}
