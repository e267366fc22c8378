package org.sitrep.model.vault;

import java.util.Arrays;
import org.sitrep.model.ChangeRefusedException;

/**
 * The vault key, wrapped under a key derived from one person's passphrase. The owner's slot opens
 * the vault; an approver's slot only proves that a second person typed their own passphrase here
 * (ADR 6). The holder, role and Argon2id parameters are bound as associated data, so editing them
 * in the file makes the slot fail like a wrong passphrase instead of silently weakening it.
 */
public record KeySlot(String holder, Role role, KdfParams params, byte[] salt, byte[] wrappedKey) {

  public static final String OWNER = "owner";
  public static final int MIN_PASSPHRASE = 10;

  public enum Role {
    OWNER,
    APPROVER
  }

  /** Wraps {@code vaultKey} for {@code holder}; the passphrase is not kept. */
  static KeySlot create(
      String holder, Role role, char[] passphrase, KdfParams params, byte[] vaultKey) {
    byte[] salt = Aead.randomSalt();
    byte[] kek = Argon2id.derive(passphrase, salt, params);
    try {
      return new KeySlot(
          holder, role, params, salt, Aead.seal(kek, binding(holder, role, params), vaultKey));
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  /** The vault key (the caller wipes it), or refused when the passphrase is not this slot's. */
  byte[] unwrap(char[] passphrase) {
    byte[] kek = Argon2id.derive(passphrase, salt, params);
    try {
      return Aead.open(kek, binding(holder, role, params), wrappedKey);
    } catch (TamperedException e) {
      throw new ChangeRefusedException(
          (role == Role.OWNER
                  ? "wrong vault passphrase"
                  : "wrong passphrase for approver " + holder)
              + " (or the key slot in the file was altered)");
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  /** A passphrase long enough to be a few words; refused naming the rule otherwise. */
  static void checkNewPassphrase(char[] passphrase) {
    if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
      throw new ChangeRefusedException(
          "a vault passphrase needs at least " + MIN_PASSPHRASE + " characters (a few words)");
    }
  }

  static String checkApproverName(String name) {
    String holder = name == null ? "" : name.strip();
    if (holder.isEmpty() || holder.equalsIgnoreCase(OWNER) || holder.length() > 80) {
      throw new ChangeRefusedException("an approver needs a name (1–80 characters, not 'owner')");
    }
    return holder;
  }

  static String binding(String holder, Role role, KdfParams p) {
    return "sitrep-vault/1 slot "
        + role
        + " "
        + holder
        + " m="
        + p.memoryKiB()
        + " t="
        + p.iterations()
        + " p="
        + p.parallelism();
  }

  @Override
  public String toString() {
    return "KeySlot[" + role + " " + holder + ", " + params.describe() + "]";
  }
}
