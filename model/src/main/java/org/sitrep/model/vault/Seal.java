package org.sitrep.model.vault;

/** How hard an item is to open. */
public enum Seal {
  /** Reveal, copy and use are audited. */
  NONE,
  /** Opening needs a typed reason and an incident; logs loudly and raises a rotation action. */
  BREAK_GLASS,
  /** As break-glass, and a second person must type their own approver passphrase here. */
  TWO_PERSON;

  public boolean isBreakGlass() {
    return this != NONE;
  }
}
