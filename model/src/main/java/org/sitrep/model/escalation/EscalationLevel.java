package org.sitrep.model.escalation;

import java.time.Duration;
import java.util.List;

/** One level of a policy: who to page, and how long to wait for an answer before the next level. */
public record EscalationLevel(Duration waitFor, List<EscalationTarget> targets) {

  public EscalationLevel {
    targets = List.copyOf(targets);
  }
}
