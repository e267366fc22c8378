package org.sitrep.model.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Bouncy Castle's Argon2id (version 1.3), with the passphrase bytes wiped after use. */
final class Argon2id {

  static final int KEY_BYTES = 32;

  private Argon2id() {}

  /** A 32-byte key from {@code passphrase}; the caller wipes it. */
  static byte[] derive(char[] passphrase, byte[] salt, KdfParams params) {
    byte[] password = utf8(passphrase);
    try {
      return raw(password, salt, null, null, params.memoryKiB(), params.iterations(), 1, KEY_BYTES);
    } finally {
      Arrays.fill(password, (byte) 0);
    }
  }

  /**
   * The full primitive, with the optional secret and associated data, so it can be checked against
   * RFC 9106's test vector (which uses parameters far below the floor).
   */
  static byte[] raw(
      byte[] password,
      byte[] salt,
      byte[] secret,
      byte[] additional,
      int memoryKiB,
      int iterations,
      int lanes,
      int length) {
    Argon2Parameters.Builder b =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(memoryKiB)
            .withIterations(iterations)
            .withParallelism(lanes);
    if (secret != null) {
      b.withSecret(secret);
    }
    if (additional != null) {
      b.withAdditional(additional);
    }
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(b.build());
    byte[] out = new byte[length];
    generator.generateBytes(password, out);
    return out;
  }

  /** UTF-8 bytes of a char[] without going through a String (which could not be wiped). */
  static byte[] utf8(char[] chars) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
    byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
    Arrays.fill(encoded.array(), (byte) 0);
    return bytes;
  }
}
