package org.sitrep.runbooks.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.host.HostKey;
import org.sitrep.runbooks.hosts.KnownHosts;

/**
 * The host keys OpenSSH's {@code known_hosts} files mark {@code @revoked}: never trusted, whatever
 * the inventory pins. The files are read at every check, so a key revoked while Sitrep is open is
 * refused at the next connection, as {@code ssh} would.
 */
public interface RevokedKeys {

  /** Revokes nothing: for tests that are not about revocation. */
  RevokedKeys NONE = key -> Optional.empty();

  /** The file that marks {@code key} {@code @revoked}, or empty when none does. */
  Optional<Path> revokedBy(HostKey key);

  /** The files ssh reads by default: the user's {@code ~/.ssh/known_hosts} and the system's. */
  static RevokedKeys sshDefaults() {
    return files(
        List.of(
            Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"),
            Path.of("/etc/ssh/ssh_known_hosts")));
  }

  /** These files; one missing or unreadable revokes nothing (ssh reads it the same way). */
  static RevokedKeys files(List<Path> files) {
    return key -> {
      for (Path file : files) {
        try {
          if (Files.isReadable(file) && KnownHosts.parse(Files.readString(file)).isRevoked(key)) {
            return Optional.of(file);
          }
        } catch (IOException | RuntimeException unreadable) {
          // Not read: nothing revoked by it.
        }
      }
      return Optional.empty();
    };
  }
}
