package org.sitrep.model.comms;

import java.util.Locale;
import org.sitrep.model.ChangeRefusedException;

/** Where the incident stands as an update tells it; the last two promise no next update. */
public enum UpdatePhase {
  INVESTIGATING("investigating"),
  IDENTIFIED("identified"),
  MONITORING("monitoring"),
  RESOLVED("resolved"),
  FOLLOW_UP("follow-up");

  private final String word;

  UpdatePhase(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** Whether an update in this phase closes the conversation: no next update is owed after it. */
  public boolean isFinal() {
    return this == RESOLVED || this == FOLLOW_UP;
  }

  public static UpdatePhase parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (UpdatePhase p : values()) {
      if (p.word.equals(t) || (p == FOLLOW_UP && t.equals("followup"))) {
        return p;
      }
    }
    throw new ChangeRefusedException(
        "'"
            + text
            + "' is not an update phase: use investigating, identified, monitoring, resolved or"
            + " follow-up");
  }
}
