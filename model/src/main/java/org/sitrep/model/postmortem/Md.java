package org.sitrep.model.postmortem;

import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.Times;

/** The few Markdown pieces every section shares. */
final class Md {

  private Md() {}

  /** The link a reader (and later the app) follows back to the entry a line came from. */
  static String link(String entryId) {
    return "[↗](sitrep://entry/" + entryId + ")";
  }

  /** Entry texts may span lines; a list item must not, or the Markdown breaks apart. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " / ");
  }

  static String when(LogEntry e) {
    return Times.utc(e.wallTime());
  }

  static String fill(String hint) {
    return "_To fill: " + hint + "_\n\n";
  }
}
