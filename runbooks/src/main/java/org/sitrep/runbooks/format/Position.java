package org.sitrep.runbooks.format;

/** A 1-based line and column in a runbook file as written. */
public record Position(int line, int column) {

  /** The first character of the file: where whole-file problems point. */
  public static final Position START = new Position(1, 1);
}
