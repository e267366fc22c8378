package org.sitrep.runbooks.format;

/** How bad a problem is: errors stop a runbook from being imported, warnings do not. */
public enum Level {
  ERROR,
  WARNING;

  /** The word used in lint output: {@code error} or {@code warning}. */
  public String word() {
    return this == ERROR ? "error" : "warning";
  }
}
