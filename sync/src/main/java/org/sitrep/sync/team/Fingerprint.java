package org.sitrep.sync.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What two people read to each other over the phone before a laptop joins the team: SHA-256 over
 * the device's Ed25519 public key (X.509 encoding) and its age recipient, each length-prefixed so
 * no two pairs hash alike. The first 128 bits are shown as 8 groups of 4 lowercase hex digits,
 * {@code "3f2a 91bc …"}: short enough to read aloud, far beyond what an attacker could match by
 * generating keys. Comparison ignores case, spaces and dashes, so "3F2A-91BC…" typed back matches.
 */
public final class Fingerprint {

  private static final int GROUPS = 8;

  private Fingerprint() {}

  /** The fingerprint of a device's two public keys. */
  public static String of(byte[] signPublic, String ageRecipient) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("sitrep-device-fingerprint-v1".getBytes(StandardCharsets.US_ASCII));
      update(sha, signPublic);
      update(sha, ageRecipient.getBytes(StandardCharsets.UTF_8));
      String hex = HexFormat.of().formatHex(sha.digest(), 0, GROUPS * 2);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < GROUPS; i++) {
        out.append(i == 0 ? "" : " ").append(hex, i * 4, i * 4 + 4);
      }
      return out.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JDK has no SHA-256", e);
    }
  }

  /** Whether what a person typed or read names the same fingerprint. */
  public static boolean matches(String fingerprint, String typed) {
    return typed != null && normalize(fingerprint).equals(normalize(typed));
  }

  static String normalize(String fingerprint) {
    return fingerprint.replaceAll("[\\s\\-:]", "").toLowerCase(Locale.ROOT);
  }

  private static void update(MessageDigest sha, byte[] part) {
    sha.update(new byte[] {(byte) (part.length >>> 8), (byte) part.length});
    sha.update(part);
  }
}
