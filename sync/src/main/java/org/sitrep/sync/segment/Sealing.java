package org.sitrep.sync.segment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The envelope every object a device writes shares (segments, snapshots, acknowledgements): a clear
 * header, the content encrypted with AES-256-GCM under the team key (associated data: the magic and
 * the header, so neither can be changed or moved), and the device's Ed25519 signature over it all.
 *
 * <pre>
 * magic | u32 header length | header JSON | u32 ciphertext length | ciphertext
 *       | u16 signature length | Ed25519 signature over everything before it
 * </pre>
 */
final class Sealing {

  private static final int MAX_HEADER = 64 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** An envelope taken apart, nothing verified yet. */
  record Parts(byte[] header, byte[] ciphertext, int signedLength, byte[] signature) {}

  private Sealing() {}

  static byte[] nonce() {
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    return nonce;
  }

  static byte[] seal(
      byte[] magic, byte[] header, byte[] nonce, byte[] key, PrivateKey signer, byte[] plain)
      throws GeneralSecurityException {
    try {
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
      gcm.updateAAD(magic);
      gcm.updateAAD(header);
      byte[] ciphertext = gcm.doFinal(plain);
      ByteArrayOutputStream out = new ByteArrayOutputStream(ciphertext.length + 512);
      DataOutputStream data = new DataOutputStream(out);
      data.write(magic);
      data.writeInt(header.length);
      data.write(header);
      data.writeInt(ciphertext.length);
      data.write(ciphertext);
      Signature ed = Signature.getInstance("Ed25519");
      ed.initSign(signer);
      ed.update(out.toByteArray());
      byte[] signature = ed.sign();
      data.writeShort(signature.length);
      data.write(signature);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e); // a byte array stream does not fail
    }
  }

  static Parts parts(byte[] bytes, byte[] magic, String kind, String where)
      throws SegmentRejectedException {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      if (!Arrays.equals(in.readNBytes(magic.length), magic)) {
        throw new SegmentRejectedException(
            where + ": not a Sitrep " + kind + " (" + bytes.length + " bytes)");
      }
      int headerLength = in.readInt();
      if (headerLength <= 0 || headerLength > MAX_HEADER || headerLength > in.available()) {
        throw new SegmentRejectedException(where + ": truncated or damaged header");
      }
      byte[] header = in.readNBytes(headerLength);
      int cipherLength = in.readInt();
      if (cipherLength < 16 || cipherLength > in.available()) {
        throw new SegmentRejectedException(where + ": truncated (ciphertext cut short)");
      }
      byte[] ciphertext = in.readNBytes(cipherLength);
      int signedLength = bytes.length - in.available();
      int signatureLength = in.readUnsignedShort();
      if (signatureLength != in.available()) {
        throw new SegmentRejectedException(where + ": truncated or padded signature");
      }
      return new Parts(header, ciphertext, signedLength, in.readNBytes(signatureLength));
    } catch (IOException | RuntimeException e) {
      throw new SegmentRejectedException(
          where + ": unreadable (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  static void verify(byte[] bytes, Parts parts, PublicKey signer, String where)
      throws SegmentRejectedException {
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(signer);
      ed.update(bytes, 0, parts.signedLength());
      if (!ed.verify(parts.signature())) {
        throw new SegmentRejectedException(where + ": signature does not verify");
      }
    } catch (GeneralSecurityException e) {
      throw new SegmentRejectedException(where + ": signature does not verify", e);
    }
  }

  /**
   * Tries each key of the epoch (two members may have rotated at once); the GCM tag says which
   * fits.
   */
  static byte[] decrypt(
      List<byte[]> keys, int epoch, byte[] magic, byte[] nonce, Parts parts, String where)
      throws SegmentRejectedException {
    if (keys.isEmpty()) {
      throw new SegmentRejectedException(where + ": no key for epoch " + epoch);
    }
    for (byte[] key : keys) {
      try {
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(
            Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        gcm.updateAAD(magic);
        gcm.updateAAD(parts.header());
        return gcm.doFinal(parts.ciphertext());
      } catch (GeneralSecurityException e) {
        // Not this key, or damaged: try the next one.
      }
    }
    throw new SegmentRejectedException(where + ": does not decrypt (damaged or wrong key)");
  }

  /** SHA-256, hex. */
  static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
