package org.sitrep.model.escalation;

import java.util.List;

/** Who to page, in order, when something breaks: level 1 first, the next when nobody answers. */
public record EscalationPolicy(String id, String name, List<EscalationLevel> levels) {

  public EscalationPolicy {
    levels = List.copyOf(levels);
  }
}
