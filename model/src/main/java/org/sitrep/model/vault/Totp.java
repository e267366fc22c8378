package org.sitrep.model.vault;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sitrep.model.ChangeRefusedException;

/**
 * RFC 6238 time-based one-time codes, computed offline from a stored seed: 30-second steps, 6
 * digits, HMAC-SHA1 by default (what authenticator apps use); SHA-256/512 for the RFC's vectors.
 */
public final class Totp {

  public static final int PERIOD_SECONDS = 30;

  public enum Algorithm {
    SHA1("HmacSHA1"),
    SHA256("HmacSHA256"),
    SHA512("HmacSHA512");

    final String mac;

    Algorithm(String mac) {
      this.mac = mac;
    }
  }

  private Totp() {}

  /** The code shown to a person: from a Base32 seed as authenticator set-up screens give it. */
  public static String code(char[] base32Seed, Instant at) {
    byte[] key = base32(base32Seed);
    try {
      return code(key, at.getEpochSecond(), 6, Algorithm.SHA1);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** Seconds until the code for {@code at} changes. */
  public static int secondsLeft(Instant at) {
    return PERIOD_SECONDS - (int) Math.floorMod(at.getEpochSecond(), (long) PERIOD_SECONDS);
  }

  static String code(byte[] key, long epochSeconds, int digits, Algorithm algorithm) {
    long counter = Math.floorDiv(epochSeconds, PERIOD_SECONDS);
    byte[] hash;
    try {
      Mac mac = Mac.getInstance(algorithm.mac);
      mac.init(new SecretKeySpec(key, algorithm.mac));
      hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has " + algorithm.mac, e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    int otp = binary % (int) Math.pow(10, digits);
    return String.format(Locale.ROOT, "%0" + digits + "d", otp);
  }

  /** RFC 4648 Base32 (case, spaces and padding ignored); refuses anything else, naming it. */
  static byte[] base32(char[] text) {
    byte[] out = new byte[text.length * 5 / 8 + 1];
    int buffer = 0;
    int bits = 0;
    int n = 0;
    for (char ch : text) {
      if (ch == ' ' || ch == '=' || ch == '-') {
        continue;
      }
      int v;
      char c = Character.toUpperCase(ch);
      if (c >= 'A' && c <= 'Z') {
        v = c - 'A';
      } else if (c >= '2' && c <= '7') {
        v = c - '2' + 26;
      } else {
        throw new ChangeRefusedException(
            "a TOTP seed is Base32 (letters A-Z and digits 2-7); it contains another character");
      }
      buffer = (buffer << 5) | v;
      bits += 5;
      if (bits >= 8) {
        out[n++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    if (n == 0) {
      throw new ChangeRefusedException("the TOTP seed is empty");
    }
    byte[] key = Arrays.copyOf(out, n);
    Arrays.fill(out, (byte) 0);
    return key;
  }
}
