package org.sitrep.sync.segment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.List;
import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.sync.team.KeyRing;

/**
 * Writes and opens segments: operations compressed, then sealed ({@link Sealing}): encrypted with
 * AES-256-GCM under the team's workspace key, the header (workspace, device, sequence, the previous
 * segment's hash) bound in as associated data, and signed by the writing device with Ed25519.
 */
public final class SegmentCodec {

  private static final byte[] MAGIC = "SITREP-SEG/1\n".getBytes(StandardCharsets.US_ASCII);

  private SegmentCodec() {}

  /** Seals operations of this device (in sequence order, gapless) as segment {@code seq}. */
  public static byte[] seal(
      KeyRing ring,
      String device,
      long seq,
      long prevSeq,
      String prevHash,
      List<OutboxOperation> ops) {
    return seal(ring, device, seq, prevSeq, prevHash, ops, 0);
  }

  /**
   * As {@link #seal(KeyRing, String, long, long, String, List)}, recording the writer's wall clock
   * ({@code sealedMs}, 0 for none) for readers to check it against theirs.
   */
  public static byte[] seal(
      KeyRing ring,
      String device,
      long seq,
      long prevSeq,
      String prevHash,
      List<OutboxOperation> ops,
      long sealedMs) {
    byte[] nonce = Sealing.nonce();
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
            nonce,
            sealedMs);
    try {
      byte[] key =
          ring.key(epoch)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "this laptop holds no team key (epoch "
                              + epoch
                              + "): it cannot seal segments until a member grants one"));
      return Sealing.seal(
          MAGIC, header.bytes(), nonce, key, ring.signingKey(), OperationsCodec.compress(ops));
    } catch (GeneralSecurityException e) {
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
    Sealing.Parts parts = Sealing.parts(bytes, MAGIC, "segment", where);
    SegmentHeader header;
    try {
      header = SegmentHeader.parse(parts.header());
    } catch (RuntimeException e) {
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
    Sealing.verify(bytes, parts, signer, where);
    byte[] plain =
        Sealing.decrypt(
            ring.keys(header.epoch()), header.epoch(), MAGIC, header.nonce(), parts, where);
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
   * How many bytes {@code ops} take deflated exactly as a segment carries them (before encryption,
   * header and signature). For benchmarks and reports only — the sync benchmark divides the bytes
   * it sent by this; sync itself never calls it.
   */
  public static int compressedSize(List<OutboxOperation> ops) {
    return OperationsCodec.compress(ops).length;
  }

  /** The segment's SHA-256, hex: what the next segment of the chain names as its predecessor. */
  public static String hash(byte[] bytes) {
    return Sealing.hash(bytes);
  }
}
