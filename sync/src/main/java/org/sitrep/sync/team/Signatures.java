package org.sitrep.sync.team;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

/**
 * Ed25519 over a canonical byte string rather than over JSON: every field is length-prefixed after
 * a tag naming the kind of object, so a member entry can never verify as a key grant, and JSON
 * whitespace or key order cannot change what was signed.
 */
final class Signatures {

  private Signatures() {}

  /** The bytes to sign for an object of kind {@code tag}: strings, byte arrays and ints. */
  static byte[] payload(String tag, Object... fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, tag.getBytes(StandardCharsets.UTF_8));
    for (Object field : fields) {
      if (field instanceof byte[] bytes) {
        write(out, bytes);
      } else if (field instanceof String text) {
        write(out, text.getBytes(StandardCharsets.UTF_8));
      } else if (field instanceof Integer number) {
        write(out, Integer.toString(number).getBytes(StandardCharsets.US_ASCII));
      } else {
        throw new IllegalArgumentException("cannot sign a " + field.getClass().getSimpleName());
      }
    }
    return out.toByteArray();
  }

  static byte[] sign(PrivateKey key, byte[] payload) {
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initSign(key);
      ed.update(payload);
      return ed.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with Ed25519", e);
    }
  }

  /**
   * Whether {@code signature} is {@code signPublic}'s over {@code payload}; false on any garbage.
   */
  static boolean verify(byte[] signPublic, byte[] payload, byte[] signature) {
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(publicKey(signPublic));
      ed.update(payload);
      return ed.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  static PublicKey publicKey(byte[] x509) throws GeneralSecurityException {
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
  }

  private static void write(ByteArrayOutputStream out, byte[] bytes) {
    int n = bytes.length;
    out.write(n >>> 24);
    out.write(n >>> 16);
    out.write(n >>> 8);
    out.write(n);
    out.writeBytes(bytes);
  }
}
