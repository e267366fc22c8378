package org.sitrep.model.comms;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.log.EventCode;

/**
 * Who an update is for. Only {@link #PUBLIC} ever leaves the team: the status page and the delivery
 * outbox read nothing else.
 */
public enum Audience {
  INTERNAL("internal", "internal stakeholders", EventCode.COMMS_UPDATE_INTERNAL),
  PUBLIC("customers", "customers / status page", EventCode.COMMS_UPDATE_PUBLIC),
  EXECUTIVES("executives", "executives", EventCode.COMMS_UPDATE_EXECUTIVES);

  private final String word;
  private final String label;
  private final EventCode event;

  Audience(String word, String label, EventCode event) {
    this.word = word;
    this.label = label;
    this.event = event;
  }

  /** The word templates and the command line use: internal, customers, executives. */
  public String word() {
    return word;
  }

  public String label() {
    return label;
  }

  /** The log event an update to this audience is written as. */
  public EventCode event() {
    return event;
  }

  public boolean isPublic() {
    return this == PUBLIC;
  }

  public static List<EventCode> events() {
    return Arrays.stream(values()).map(Audience::event).toList();
  }

  public static Audience ofEvent(EventCode event) {
    for (Audience a : values()) {
      if (a.event == event) {
        return a;
      }
    }
    throw new IllegalArgumentException(event.code() + " is not a stakeholder update");
  }

  /** Accepts internal, customers (or public, status-page) and executives (or exec). */
  public static Audience parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "internal":
      case "stakeholders":
        return INTERNAL;
      case "customers":
      case "customer":
      case "public":
      case "status-page":
        return PUBLIC;
      case "executives":
      case "exec":
      case "execs":
        return EXECUTIVES;
      default:
        throw new ChangeRefusedException(
            "'" + text + "' is not an audience: use internal, customers or executives");
    }
  }
}
