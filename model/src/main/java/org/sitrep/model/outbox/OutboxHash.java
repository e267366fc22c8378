package org.sitrep.model.outbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that chains this laptop's outbox (ADR 26): SHA-256 over the previous operation's hash
 * and every field of the operation, each length-prefixed so no two operations hash alike by moving
 * text from one field into the next. An empty previous hash starts the chain.
 */
public final class OutboxHash {

  private final MessageDigest sha;

  public OutboxHash() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The hash of one operation, {@code seq} being the number it is stored under. */
  public String of(String previous, OutboxOperation op, long seq) {
    sha.reset();
    text(previous);
    text(op.device());
    sha.update(ByteBuffer.allocate(16).putLong(seq).putLong(op.hlc().packed()).array());
    text(op.entity());
    text(op.entityId());
    text(op.field());
    if (op.valueJson() == null) {
      sha.update(ByteBuffer.allocate(4).putInt(-1).array());
    } else {
      text(op.valueJson());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private void text(String s) {
    byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    sha.update(ByteBuffer.allocate(4).putInt(b.length).array());
    sha.update(b);
  }
}
