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

  public Page withState(State to) {
    return new Page(
        id, incidentId, policyId, target, level, levelSince, remindedLevel, to, startedAt);
  }

  /** The next level, its timer running from {@code since}. */
  public Page nextLevel(Instant since) {
    return new Page(
        id, incidentId, policyId, target, level + 1, since, remindedLevel, state, startedAt);
  }

  /** The current level's timer-ran-out has been logged. */
  public Page remindedOfLevel() {
    return new Page(id, incidentId, policyId, target, level, levelSince, level, state, startedAt);
  }

  public boolean isOpen() {
    return state == State.OPEN;
  }
}
