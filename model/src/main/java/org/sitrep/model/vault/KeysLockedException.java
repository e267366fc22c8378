package org.sitrep.model.vault;

/** This laptop's sync keys are sealed and the vault is locked: says how to open them headless. */
public final class KeysLockedException extends VaultLockedException {

  public KeysLockedException() {
    super(
        "this laptop's sync keys are encrypted and the vault is locked: start the agent once"
            + " (sitrep agent start), or give the vault passphrase (--passphrase-stdin)");
  }
}
