package org.sitrep.runbooks.exec;

import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.sitrep.model.host.HostKey;

/**
 * JSch's view of the one key this host is trusted with. Never adds keys by itself (strict
 * checking); remembers what the host presented so the refusal can show its fingerprint.
 */
final class PinnedHostKeys implements HostKeyRepository {

  private final String hostName;
  private final Optional<HostKey> pinned;
  private final RevokedKeys revoked;
  private volatile HostKey presented;
  private volatile Optional<java.nio.file.Path> revokedBy = Optional.empty();

  PinnedHostKeys(String hostName, Optional<HostKey> pinned, RevokedKeys revoked) {
    this.hostName = hostName;
    this.pinned = pinned;
    this.revoked = revoked;
  }

  Optional<String> pinnedType() {
    return pinned.map(HostKey::type);
  }

  Optional<HostKey> presented() {
    return Optional.ofNullable(presented);
  }

  HostKeyProblem problem() {
    return new HostKeyProblem(hostName, presented, pinned, revokedBy);
  }

  boolean refusedKey() {
    return presented != null
        && (pinned.isEmpty() || !pinned.get().sameKeyAs(presented) || revokedBy.isPresent());
  }

  @Override
  public int check(String host, byte[] key) {
    presented = HostKey.of(typeOf(key), key);
    revokedBy = revoked.revokedBy(presented);
    if (revokedBy.isPresent()) {
      return CHANGED; // refused even when it is the pinned key
    }
    if (pinned.isEmpty()) {
      return NOT_INCLUDED;
    }
    return pinned.get().sameKeyAs(presented) ? OK : CHANGED;
  }

  /** An SSH public key blob starts with its type name as a length-prefixed string. */
  static String typeOf(byte[] blob) {
    ByteBuffer b = ByteBuffer.wrap(blob);
    int length = b.getInt();
    return new String(Arrays.copyOfRange(blob, 4, 4 + length), StandardCharsets.US_ASCII);
  }

  @Override
  public void add(com.jcraft.jsch.HostKey hostkey, UserInfo ui) {
    // Trust is the operator's decision, made through HostInventory.trust, never JSch's.
  }

  @Override
  public void remove(String host, String type) {}

  @Override
  public void remove(String host, String type, byte[] key) {}

  @Override
  public String getKnownHostsRepositoryID() {
    return "sitrep-host-inventory";
  }

  @Override
  public com.jcraft.jsch.HostKey[] getHostKey() {
    return getHostKey(null, null);
  }

  @Override
  public com.jcraft.jsch.HostKey[] getHostKey(String host, String type) {
    if (pinned.isEmpty()) {
      return new com.jcraft.jsch.HostKey[0];
    }
    try {
      return new com.jcraft.jsch.HostKey[] {
        new com.jcraft.jsch.HostKey(host == null ? hostName : host, pinned.get().blob())
      };
    } catch (JSchException e) {
      return new com.jcraft.jsch.HostKey[0];
    }
  }
}
