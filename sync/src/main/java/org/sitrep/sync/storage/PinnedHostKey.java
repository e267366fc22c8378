package org.sitrep.sync.storage;

import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.util.Optional;
import org.sitrep.model.host.HostKey;

/**
 * JSch's view of the one host key this server is trusted with. It never learns keys (strict
 * checking), and remembers what the server presented so a refusal can show both fingerprints.
 */
final class PinnedHostKey implements HostKeyRepository {

  private final HostKey pinned;
  private volatile HostKey presented;

  PinnedHostKey(HostKey pinned) {
    this.pinned = pinned;
  }

  HostKey pinned() {
    return pinned;
  }

  Optional<HostKey> refused() {
    HostKey seen = presented;
    return seen != null && !pinned.sameKeyAs(seen) ? Optional.of(seen) : Optional.empty();
  }

  @Override
  public int check(String host, byte[] key) {
    presented = SshCredentials.pinnedHostKey(key);
    return pinned.sameKeyAs(presented) ? OK : CHANGED;
  }

  @Override
  public void add(com.jcraft.jsch.HostKey hostkey, UserInfo ui) {
    // Trust is decided by whoever pinned the key, never by JSch.
  }

  @Override
  public void remove(String host, String type) {}

  @Override
  public void remove(String host, String type, byte[] key) {}

  @Override
  public String getKnownHostsRepositoryID() {
    return "sitrep-sync-pinned";
  }

  @Override
  public com.jcraft.jsch.HostKey[] getHostKey() {
    return getHostKey(null, null);
  }

  @Override
  public com.jcraft.jsch.HostKey[] getHostKey(String host, String type) {
    try {
      return new com.jcraft.jsch.HostKey[] {
        new com.jcraft.jsch.HostKey(host == null ? "pinned" : host, pinned.blob())
      };
    } catch (JSchException e) {
      return new com.jcraft.jsch.HostKey[0];
    }
  }
}
