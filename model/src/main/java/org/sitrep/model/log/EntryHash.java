package org.sitrep.model.log;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that links an entry to the previous entry of the same device: SHA-256 over every field
 * that makes the entry evidence, each length-prefixed so no two different entries encode alike.
 * Changing this encoding breaks every existing chain: add a version field instead.
 */
public final class EntryHash {

  private EntryHash() {}

  /** Where each device's chain starts. */
  public static String genesis(String device) {
    return sha256Hex(("sitrep-log-chain-v1:" + device).getBytes(StandardCharsets.UTF_8));
  }

  public static String of(LogEntry e) {
    return of(
        e.id(),
        e.incidentId(),
        e.hlc().packed(),
        e.wallTime().toEpochMilli(),
        e.device(),
        e.deviceSeq(),
        e.author(),
        e.authorRole().map(Enum::name).orElse(""),
        e.kind().name(),
        e.event().code(),
        e.text(),
        e.corrects().orElse(""),
        e.prevHash(),
        e.attachment().orElse(null));
  }

  public static String of(
      String id,
      String incidentId,
      long hlc,
      long wallMillis,
      String device,
      long deviceSeq,
      String author,
      String authorRole,
      String kind,
      String event,
      String text,
      String corrects,
      String prevHash,
      String attachment) {
    MessageDigest digest = sha256();
    for (String field : new String[] {id, incidentId, device, author, authorRole, kind, event}) {
      put(digest, field);
    }
    ByteBuffer numbers =
        ByteBuffer.allocate(24).putLong(hlc).putLong(wallMillis).putLong(deviceSeq);
    digest.update(numbers.array());
    put(digest, text);
    put(digest, corrects);
    put(digest, prevHash);
    // Appended only when present, so every entry written before attachments hashes as it did.
    if (attachment != null) {
      put(digest, attachment);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void put(MessageDigest digest, String field) {
    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
