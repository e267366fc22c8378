package org.sitrep.model.backup;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.PassphraseKeys;
import org.sitrep.model.vault.TamperedException;

/**
 * The private half of the backup key, sealed under an Argon2id key from the backup passphrase. It
 * is stored in the workspace and copied into every backup file: with the passphrase, any backup
 * opens on any laptop.
 */
record SealedIdentity(KdfParams params, byte[] salt, byte[] sealed) {

  static SealedIdentity seal(char[] passphrase, KdfParams params, byte[] pkcs8, String recipient) {
    byte[] salt = PassphraseKeys.randomSalt();
    byte[] kek = PassphraseKeys.derive(passphrase, salt, params);
    try {
      return new SealedIdentity(
          params, salt, PassphraseKeys.seal(kek, binding(params, recipient), pkcs8));
    } finally {
      Arrays.fill(kek, (byte) 0);
    }
  }

  /** The private key, or a refusal that says the passphrase (or the sealed bytes) are wrong. */
  PrivateKey open(char[] passphrase, String recipient) {
    byte[] kek = PassphraseKeys.derive(passphrase, salt, params);
    byte[] pkcs8 = null;
    try {
      pkcs8 = PassphraseKeys.open(kek, binding(params, recipient), sealed);
      return KeyFactory.getInstance("X25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (TamperedException e) {
      throw new BackupRefusedException(
          "wrong backup passphrase, or the backup key in the file is damaged");
    } catch (java.security.GeneralSecurityException e) {
      throw new BackupRefusedException("the backup key in the file is not an X25519 key", e);
    } finally {
      Arrays.fill(kek, (byte) 0);
      if (pkcs8 != null) {
        Arrays.fill(pkcs8, (byte) 0);
      }
    }
  }

  // Binding the cost and the public half: a header edited to weaken the KDF, or a sealed key
  // moved next to another public key, fails like a wrong passphrase.
  private static String binding(KdfParams params, String recipient) {
    return "sitrep-backup/1 identity "
        + recipient
        + " m="
        + params.memoryKiB()
        + " t="
        + params.iterations()
        + " p="
        + params.parallelism();
  }
}
