package org.sitrep.model.vault;

import org.sitrep.model.ChangeRefusedException;

/** The vault must be unlocked for this; says so in the operator's words. */
public class VaultLockedException extends ChangeRefusedException {

  public VaultLockedException() {
    super("the vault is locked: unlock it with your vault passphrase first");
  }

  protected VaultLockedException(String message) {
    super(message);
  }
}
