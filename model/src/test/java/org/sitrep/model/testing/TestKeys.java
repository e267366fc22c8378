package org.sitrep.model.testing;

import org.sitrep.model.store.Workspace;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.KeysAtRest;
import org.sitrep.model.vault.VaultService;

/**
 * This laptop's keys at rest for tests (ADR 17): the same production classes, opened the way an
 * operator would, with a known passphrase and the cheapest KDF the vault accepts.
 */
public final class TestKeys {

  public static final String PASSPHRASE = "correct horse battery staple";

  private TestKeys() {}

  /** A laptop with no vault: keys are kept in the clear, as before ADR 17. */
  public static KeysAtRest noVault(Workspace ws) {
    return new VaultService(ws).keysAtRest();
  }

  /** A laptop whose vault was made (or opened) with {@link #PASSPHRASE}: keys sealed. */
  public static KeysAtRest unlocked(VaultService vault) {
    if (vault.exists()) {
      vault.unlock(PASSPHRASE.toCharArray());
    } else {
      vault.initialize(PASSPHRASE.toCharArray(), KdfParams.FLOOR);
    }
    return vault.keysAtRest();
  }
}
