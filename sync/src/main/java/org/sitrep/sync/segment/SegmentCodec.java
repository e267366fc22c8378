package org.sitrep.sync.segment;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.sync.team.KeyRing;

/**
 * Writes and opens segments: operations compressed, then encrypted with AES-256-GCM under the
 * team's workspace key (associated data: the header, so workspace, device, sequence and the
 * previous segment's hash are bound in), then signed by the writing device with Ed25519.
 *
 * <pre>
 * "SITREP-SEG/1\n" | u32 header length | header JSON | u32 ciphertext length | ciphertext
 *                  | u16 signature length | Ed25519 signature over everything before it
 * </pre>
 */
public final class SegmentCodec {

  private static final byte[] MAGIC = "SITREP-SEG/1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_HEADER = 64 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  private SegmentCodec() {}

  /** Seals operations of this device (in sequence order, gapless) as segment {@code seq}. */
  public static byte[] seal(
      KeyRing ring,
      String device,
      long seq,
      long prevSeq,
      String prevHash,
      List<OutboxOperation> ops) {
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    int epoch = ring.currentEpoch();
    SegmentHeader header =
        new SegmentHeader(
            ring.workspace(),
            device,
            seq,
            prevSeq,
            prevHash,
            ops.get(0).seq(),
            ops.get(ops.size() - 1).seq(),
            epoch,
            nonce);
    byte[] headerBytes = header.bytes();
    try {
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      byte[] key =
          ring.key(epoch).orElseThrow(() -> new IllegalStateException("no key for epoch " + epoch));
      gcm.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
      gcm.updateAAD(MAGIC);
      gcm.updateAAD(headerBytes);
      byte[] ciphertext = gcm.doFinal(OperationsCodec.compress(ops));
      ByteArrayOutputStream out = new ByteArrayOutputStream(ciphertext.length + 512);
      DataOutputStream data = new DataOutputStream(out);
      data.write(MAGIC);
      data.writeInt(headerBytes.length);
      data.write(headerBytes);
      data.writeInt(ciphertext.length);
      data.write(ciphertext);
      Signature ed = Signature.getInstance("Ed25519");
      ed.initSign(ring.signingKey());
      ed.update(out.toByteArray());
      byte[] signature = ed.sign();
      data.writeShort(signature.length);
      data.write(signature);
      return out.toByteArray();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot seal segment " + header + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a segment found at {@code device}'s sequence {@code seq}: checks its place, its signer (a
   * member, not removed before this epoch), the signature and the AEAD, then the operations.
   */
  public static Segment open(byte[] bytes, KeyRing ring, String device, long seq)
      throws SegmentRejectedException {
    String where = Segment.key(device, seq);
    SegmentHeader header;
    int signedLength;
    byte[] ciphertext;
    byte[] headerBytes;
    byte[] signature;
    try {
      DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new SegmentRejectedException(
            where + ": not a Sitrep segment (" + bytes.length + " bytes)");
      }
      int headerLength = in.readInt();
      if (headerLength <= 0 || headerLength > MAX_HEADER || headerLength > in.available()) {
        throw new SegmentRejectedException(where + ": truncated or damaged header");
      }
      headerBytes = in.readNBytes(headerLength);
      int cipherLength = in.readInt();
      if (cipherLength < 16 || cipherLength > in.available()) {
        throw new SegmentRejectedException(where + ": truncated (ciphertext cut short)");
      }
      ciphertext = in.readNBytes(cipherLength);
      signedLength = bytes.length - in.available();
      int signatureLength = in.readUnsignedShort();
      if (signatureLength != in.available()) {
        throw new SegmentRejectedException(where + ": truncated or padded signature");
      }
      signature = in.readNBytes(signatureLength);
      header = SegmentHeader.parse(headerBytes);
    } catch (IOException | RuntimeException e) {
      throw new SegmentRejectedException(
          where + ": unreadable (" + e.getClass().getSimpleName() + ")", e);
    }
    if (!header.workspace().equals(ring.workspace())
        || !header.device().equals(device)
        || header.seq() != seq) {
      throw new SegmentRejectedException(
          where + ": claims to be " + header.device() + "#" + header.seq() + " of another place");
    }
    PublicKey signer =
        ring.memberKey(device, header.epoch())
            .orElseThrow(
                () ->
                    new SegmentRejectedException(
                        where + ": " + device + " is not a member for epoch " + header.epoch()));
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(signer);
      ed.update(bytes, 0, signedLength);
      if (!ed.verify(signature)) {
        throw new SegmentRejectedException(where + ": signature does not verify");
      }
    } catch (GeneralSecurityException e) {
      throw new SegmentRejectedException(where + ": signature does not verify", e);
    }
    byte[] plain = decrypt(ring.keys(header.epoch()), header, headerBytes, ciphertext, where);
    List<OutboxOperation> ops = OperationsCodec.expand(plain, device, where);
    if (ops.isEmpty()
        || ops.get(0).seq() != header.firstOp()
        || ops.get(ops.size() - 1).seq() != header.lastOp()
        || ops.size() != header.lastOp() - header.firstOp() + 1) {
      throw new SegmentRejectedException(where + ": operations do not match the header");
    }
    return new Segment(header, ops, hash(bytes));
  }

  /**
   * Tries each key of the epoch (two members may have rotated at once); the GCM tag says which
   * fits.
   */
  private static byte[] decrypt(
      List<byte[]> keys, SegmentHeader header, byte[] headerBytes, byte[] ciphertext, String where)
      throws SegmentRejectedException {
    if (keys.isEmpty()) {
      throw new SegmentRejectedException(where + ": no key for epoch " + header.epoch());
    }
    for (byte[] key : keys) {
      try {
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(
            Cipher.DECRYPT_MODE,
            new SecretKeySpec(key, "AES"),
            new GCMParameterSpec(128, header.nonce()));
        gcm.updateAAD(MAGIC);
        gcm.updateAAD(headerBytes);
        return gcm.doFinal(ciphertext);
      } catch (GeneralSecurityException e) {
        // Not this key, or damaged: try the next one.
      }
    }
    throw new SegmentRejectedException(where + ": does not decrypt (damaged or wrong key)");
  }

  /**
   * How many bytes {@code ops} take deflated exactly as a segment carries them (before encryption,
   * header and signature). For benchmarks and reports only — the sync benchmark divides the bytes
   * it sent by this; sync itself never calls it.
   */
  public static int compressedSize(List<OutboxOperation> ops) {
    return OperationsCodec.compress(ops).length;
  }

  /** The segment's SHA-256, hex: what the next segment of the chain names as its predecessor. */
  public static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
