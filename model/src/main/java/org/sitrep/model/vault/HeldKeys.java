package org.sitrep.model.vault;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the agent holds for headless commands (ADR 17): the vault key (so they mask every vault
 * value and reach sync credentials) and the laptop key (so they sign and read sync), when this
 * laptop has one. Never printed; {@link #wipe()} when done.
 */
public record HeldKeys(byte[] vaultKey, Optional<byte[]> laptopKey) {

  public void wipe() {
    Arrays.fill(vaultKey, (byte) 0);
    laptopKey.ifPresent(k -> Arrays.fill(k, (byte) 0));
  }

  @Override
  public String toString() {
    return "HeldKeys[vault key, " + (laptopKey.isPresent() ? "laptop key" : "no laptop key") + "]";
  }
}
