package org.sitrep.model.host;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.sitrep.model.ChangeRefusedException;

/**
 * A host's public key as OpenSSH writes it ({@code ssh-ed25519 AAAA…}). Its fingerprint is what the
 * operator compares with the one the host's owner reads out, before Sitrep ever trusts it.
 */
public record HostKey(String type, String base64) {

  public HostKey {
    if (type == null || type.isBlank() || base64 == null || base64.isBlank()) {
      throw new ChangeRefusedException("a host key needs a type and a key");
    }
    try {
      Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new ChangeRefusedException("the host key for type " + type + " is not valid base64");
    }
  }

  /** Parses {@code type base64 [comment]}, the known_hosts and .pub shape. */
  public static HostKey parse(String text) {
    String[] parts = text == null ? new String[0] : text.strip().split("\\s+");
    if (parts.length < 2) {
      throw new ChangeRefusedException(
          "'" + text + "' is not a host key: expected 'TYPE BASE64', e.g. 'ssh-ed25519 AAAA…'");
    }
    return new HostKey(parts[0], parts[1]);
  }

  public static HostKey of(String type, byte[] blob) {
    return new HostKey(type, Base64.getEncoder().encodeToString(blob));
  }

  public byte[] blob() {
    return Base64.getDecoder().decode(base64);
  }

  /** {@code SHA256:…}, exactly as {@code ssh-keygen -lf} and OpenSSH's prompts print it. */
  public String fingerprint() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob());
      return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  public boolean sameKeyAs(HostKey other) {
    return other != null && type.equals(other.type) && base64.equals(other.base64);
  }

  @Override
  public String toString() {
    return type + " " + base64;
  }
}
