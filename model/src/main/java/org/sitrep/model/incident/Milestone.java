package org.sitrep.model.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitrep.model.ChangeRefusedException;

/**
 * The moments the postmortem metrics are computed from, in the order they must happen: time to
 * detect is detected − started, time to mitigate is mitigated − started, and so on.
 */
public enum Milestone {
  STARTED,
  DETECTED,
  ACKNOWLEDGED,
  MITIGATED,
  RESOLVED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Milestone parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (Milestone milestone : values()) {
      if (milestone.name().equals(t)) {
        return milestone;
      }
    }
    throw new ChangeRefusedException(
        "'"
            + text
            + "' is not a milestone: use one of "
            + Arrays.stream(values()).map(Milestone::label).collect(Collectors.joining(", ")));
  }
}
