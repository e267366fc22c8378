package org.sitrep.model.drill;

/** Where one inject of a drill stands. */
public enum InjectStatus {
  /** Not released yet (possibly delayed). */
  PENDING,
  /** In the timeline; the players have not been seen to act on it. */
  RELEASED,
  /** The facilitator decided it will not happen in this drill. */
  SKIPPED,
  /** Released, and the players acted on it. */
  ACKNOWLEDGED;

  public boolean released() {
    return this == RELEASED || this == ACKNOWLEDGED;
  }

  public boolean settled() {
    return this != PENDING;
  }
}
