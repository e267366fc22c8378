package org.sitrep.model.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM from the JDK: a fresh random 96-bit nonce per encryption, stored in front of the
 * ciphertext; the associated data names what the ciphertext belongs to, so it cannot be moved.
 */
final class Aead {

  static final int NONCE_BYTES = 12;
  static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  // Cipher.getInstance looks the provider up every time: a third of unlocking 10,000 items.
  private static final ThreadLocal<Cipher> GCM =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("AES-GCM is in every JDK", e);
            }
          });

  private Aead() {}

  /** {@code nonce || ciphertext || tag}. */
  static byte[] seal(byte[] key, String associated, byte[] plaintext) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = encrypt(key, nonce, associated.getBytes(StandardCharsets.UTF_8), plaintext);
    byte[] out = new byte[NONCE_BYTES + sealed.length];
    System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
    System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
    return out;
  }

  /** The plaintext, or {@link TamperedException} when anything (key, data, binding) is wrong. */
  static byte[] open(byte[] key, String associated, byte[] blob) {
    if (blob == null || blob.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new TamperedException("too short to be a sealed value");
    }
    byte[] nonce = Arrays.copyOfRange(blob, 0, NONCE_BYTES);
    byte[] body = Arrays.copyOfRange(blob, NONCE_BYTES, blob.length);
    return decrypt(key, nonce, associated.getBytes(StandardCharsets.UTF_8), body);
  }

  static byte[] encrypt(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext) {
    try {
      Cipher c = GCM.get();
      c.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(aad);
      return c.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "AES-GCM is in every JDK: " + e.getClass().getSimpleName(), e);
    }
  }

  static byte[] decrypt(byte[] key, byte[] nonce, byte[] aad, byte[] ciphertext) {
    try {
      Cipher c = GCM.get();
      c.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(aad);
      return c.doFinal(ciphertext);
    } catch (AEADBadTagException e) {
      throw new TamperedException("authentication tag does not match");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "AES-GCM is in every JDK: " + e.getClass().getSimpleName(), e);
    }
  }

  static byte[] randomKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  static byte[] randomSalt() {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return salt;
  }
}
