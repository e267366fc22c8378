package org.sitrep.model.readiness;

/** A readiness line's colour: ready, needs attention soon, not ready. */
public enum Status {
  GREEN,
  AMBER,
  RED;

  /** The worse of two. */
  public Status worst(Status other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
