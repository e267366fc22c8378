package org.sitrep.model.escalation;

import java.time.Instant;
import java.util.Optional;

/** A page in progress on an incident: which level it is on and since when its timer runs. */
public record Page(
    String id,
    String incidentId,
    Optional<String> policyId,
    String target,
    int level,
    Instant levelSince,
    int remindedLevel,
    State state,
    Instant startedAt) {

  public enum State {
    OPEN,
    ACKNOWLEDGED,
    EXHAUSTED
  }

  public boolean isOpen() {
    return state == State.OPEN;
  }
}
