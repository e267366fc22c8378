package org.sitrep.model.escalation;

import java.util.Locale;
import org.sitrep.model.ChangeRefusedException;

/** How one call went. */
public enum PageOutcome {
  ANSWERED("answered"),
  NO_ANSWER("no answer"),
  DECLINED("declined");

  private final String label;

  PageOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static PageOutcome parse(String text) {
    String t =
        text == null
            ? ""
            : text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
    for (PageOutcome o : values()) {
      if (o.label.equals(t)) {
        return o;
      }
    }
    throw new ChangeRefusedException(
        "'" + text + "' is not an outcome: answered, no answer or declined");
  }
}
