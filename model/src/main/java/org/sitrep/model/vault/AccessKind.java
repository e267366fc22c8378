package org.sitrep.model.vault;

/** Why a secret left the vault: each one is an audit entry. */
public enum AccessKind {
  REVEAL("revealed"),
  COPY("copied"),
  USE("used"),
  BREAK_GLASS("break-glass opened");

  private final String verb;

  AccessKind(String verb) {
    this.verb = verb;
  }

  public String verb() {
    return verb;
  }
}
