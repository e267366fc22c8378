package org.sitrep.model.log;

import java.util.Locale;
import org.sitrep.model.ChangeRefusedException;

/**
 * What an entry is about. Kinds that are produced by an action (status, role…) are not typed by
 * hand.
 */
public enum EntryKind {
  NOTE(true),
  DECISION(true),
  ACTION(true),
  COMMS(true),
  STATUS(false),
  SEVERITY(false),
  ROLE(false),
  MILESTONE(false),
  CORRECTION(false),
  PAGE(false),
  COMMAND(false),
  CHECKLIST(false),
  VAULT(false),
  INJECT(false),
  POSTMORTEM(false);

  private final boolean typedByHand;

  EntryKind(boolean typedByHand) {
    this.typedByHand = typedByHand;
  }

  public boolean typedByHand() {
    return typedByHand;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EntryKind parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (EntryKind kind : values()) {
      if (kind.name().equals(t)) {
        return kind;
      }
    }
    throw new ChangeRefusedException(
        "'" + text + "' is not an entry kind: use note, decision, action or comms");
  }
}
