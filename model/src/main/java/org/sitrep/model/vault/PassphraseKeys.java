package org.sitrep.model.vault;

/**
 * The vault's primitives for other stores that keep a key under a passphrase (the backup key, ADR
 * 23): Argon2id with the vault's floor, and AES-256-GCM with a fresh nonce and a binding. Reusing
 * them keeps one audited path for every key Sitrep wraps.
 */
public final class PassphraseKeys {

  private PassphraseKeys() {}

  /** A 32-byte key-encryption key from {@code passphrase}; the caller wipes it. */
  public static byte[] derive(char[] passphrase, byte[] salt, KdfParams params) {
    return Argon2id.derive(passphrase, salt, params);
  }

  /** {@code nonce || AES-256-GCM(key, plaintext)} bound to {@code associated}. */
  public static byte[] seal(byte[] key, String associated, byte[] plaintext) {
    return Aead.seal(key, associated, plaintext);
  }

  /** The plaintext, or {@link TamperedException} when key, bytes or binding are wrong. */
  public static byte[] open(byte[] key, String associated, byte[] sealed) {
    return Aead.open(key, associated, sealed);
  }

  /** AES-256-GCM with the caller's nonce (a stream's chunks count their nonces). */
  public static byte[] encrypt(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext) {
    return Aead.encrypt(key, nonce, aad, plaintext);
  }

  /** The inverse of {@link #encrypt}; {@link TamperedException} when anything differs. */
  public static byte[] decrypt(byte[] key, byte[] nonce, byte[] aad, byte[] ciphertext) {
    return Aead.decrypt(key, nonce, aad, ciphertext);
  }

  public static byte[] randomKey() {
    return Aead.randomKey();
  }

  public static byte[] randomSalt() {
    return Aead.randomSalt();
  }
}
