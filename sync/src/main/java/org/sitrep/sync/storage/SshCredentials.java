package org.sitrep.sync.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.host.HostKey;

/**
 * How to log in to an SFTP server: the server's pinned host key, and either a private key or a
 * password. There is no "trust on first use": without the pinned key nothing connects.
 *
 * <p>Secrets are copied in and handed to JSch as copies; {@link #toString()} shows the login kind
 * and the host key's fingerprint only.
 */
public final class SshCredentials implements StorageCredentials {

  private final HostKey pinnedHostKey;
  private final byte[] privateKey;
  private final byte[] passphrase;
  private final byte[] password;

  private SshCredentials(HostKey pinned, byte[] privateKey, byte[] passphrase, byte[] password) {
    this.pinnedHostKey = Objects.requireNonNull(pinned, "pinned host key");
    this.privateKey = privateKey;
    this.passphrase = passphrase;
    this.password = password;
  }

  /**
   * Logs in with a private key in PEM or OpenSSH format ({@code -----BEGIN OPENSSH PRIVATE
   * KEY-----}).
   *
   * @param passphrase the key's passphrase, or null when it has none
   */
  public static SshCredentials privateKey(HostKey pinned, byte[] privateKey, byte[] passphrase) {
    if (privateKey == null || privateKey.length == 0) {
      throw new IllegalArgumentException("the SSH private key is empty");
    }
    return new SshCredentials(
        pinned, privateKey.clone(), passphrase == null ? null : passphrase.clone(), null);
  }

  /** Logs in with a password. */
  public static SshCredentials password(HostKey pinned, String password) {
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("the SSH password is empty");
    }
    return new SshCredentials(pinned, null, null, password.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a pinned host key from a known_hosts line ({@code [host]:port ssh-ed25519 AAAA…}) or a
   * {@code .pub} line ({@code ssh-ed25519 AAAA… comment}).
   */
  public static HostKey pinnedHostKey(String knownHostsLine) {
    String[] parts = knownHostsLine == null ? new String[0] : knownHostsLine.strip().split("\\s+");
    if (parts.length > 0 && parts[0].startsWith("@")) {
      throw new IllegalArgumentException(
          "known_hosts line with marker "
              + parts[0]
              + " cannot pin a key: give the plain key line");
    }
    for (int i = 0; i + 1 < parts.length; i++) {
      if (looksLikeKeyType(parts[i])) {
        try {
          return new HostKey(parts[i], Base64.getEncoder().encodeToString(decode(parts[i + 1])));
        } catch (IllegalArgumentException notBase64) {
          break;
        }
      }
    }
    throw new IllegalArgumentException(
        "not a host key line: expected 'ssh-ed25519 AAAA…' or '[host]:port ssh-ed25519 AAAA…'");
  }

  /** Pins a host key given as its SSH wire-format blob (the type name is read from it). */
  public static HostKey pinnedHostKey(byte[] blob) {
    ByteBuffer b = ByteBuffer.wrap(blob);
    int length = blob.length >= 4 ? b.getInt() : -1;
    if (length <= 0 || length > blob.length - 4) {
      throw new IllegalArgumentException("not an SSH public key blob");
    }
    String type = new String(Arrays.copyOfRange(blob, 4, 4 + length), StandardCharsets.US_ASCII);
    return HostKey.of(type, blob);
  }

  public HostKey hostKey() {
    return pinnedHostKey;
  }

  Optional<byte[]> privateKeyCopy() {
    return Optional.ofNullable(privateKey).map(byte[]::clone);
  }

  Optional<byte[]> passphraseCopy() {
    return Optional.ofNullable(passphrase).map(byte[]::clone);
  }

  Optional<byte[]> passwordCopy() {
    return Optional.ofNullable(password).map(byte[]::clone);
  }

  @Override
  public String toString() {
    return (privateKey != null ? "SSH private key" : "SSH password")
        + " (hidden), host key "
        + pinnedHostKey.fingerprint();
  }

  private static boolean looksLikeKeyType(String token) {
    return token.startsWith("ssh-") || token.startsWith("ecdsa-") || token.startsWith("sk-");
  }

  private static byte[] decode(String base64) {
    byte[] blob = Base64.getDecoder().decode(base64);
    if (blob.length < 8) {
      throw new IllegalArgumentException("too short for a key");
    }
    return blob;
  }
}
