package org.sitrep.model.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitrep.model.ChangeRefusedException;

/** Where the response stands. Moves forward normally; a resolved or closed incident may re-open. */
public enum IncidentStatus {
  INVESTIGATING,
  IDENTIFIED,
  MONITORING,
  RESOLVED,
  CLOSED;

  public boolean isActive() {
    return this != RESOLVED && this != CLOSED;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static IncidentStatus parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (IncidentStatus status : values()) {
      if (status.name().equals(t)) {
        return status;
      }
    }
    throw new ChangeRefusedException("'" + text + "' is not a status: use one of " + allLabels());
  }

  public static String allLabels() {
    return Arrays.stream(values()).map(IncidentStatus::label).collect(Collectors.joining(", "));
  }
}
