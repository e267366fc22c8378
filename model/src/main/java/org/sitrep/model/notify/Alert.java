package org.sitrep.model.notify;

import java.util.Objects;
import java.util.Optional;

/**
 * Something a responder should hear about even with the window behind another: a page whose timer
 * ran out, a drill inject released, a status update due. The text is what the log already holds
 * (redacted before it was written); it never carries a secret of its own.
 */
public record Alert(String title, String body, Urgency urgency, Optional<String> incidentId) {

  /** How loudly: {@code CRITICAL} stays on screen until dismissed where the desktop allows. */
  public enum Urgency {
    NORMAL,
    CRITICAL
  }

  public Alert {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(urgency, "urgency");
    incidentId = incidentId == null ? Optional.empty() : incidentId;
  }
}
