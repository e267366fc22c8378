package org.sitrep.model.incident;

/** A drill is practice: it must never be mistaken for, or counted as, a real incident. */
public enum IncidentKind {
  REAL,
  DRILL
}
