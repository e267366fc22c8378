package org.sitrep.runbooks.exec;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.model.host.Host;

/**
 * Where the key to log in to a host comes from. The default reads key files ({@code identity} as a
 * path, or the usual {@code ~/.ssh/id_*}); the vault plugs in here for {@code vault:ITEM}.
 */
@FunctionalInterface
public interface IdentitySource {

  void addTo(JSch jsch, Host host, java.util.Optional<String> incidentId) throws CommandNotRun;

  /** Key files on this laptop; {@code vault:} identities are delegated to {@code vault}. */
  static IdentitySource files(IdentitySource vault) {
    return (jsch, host, incidentId) -> {
      String identity = host.identity().orElse("");
      if (identity.startsWith("vault:")) {
        vault.addTo(jsch, host, incidentId);
        return;
      }
      try {
        if (!identity.isEmpty()) {
          Path path = expand(identity);
          if (!Files.isReadable(path)) {
            throw new CommandNotRun(
                "host " + host.name() + ": key file " + path + " cannot be read");
          }
          jsch.addIdentity(path.toString());
          return;
        }
        Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
        for (String name : new String[] {"id_ed25519", "id_ecdsa", "id_rsa"}) {
          if (Files.isReadable(ssh.resolve(name))) {
            jsch.addIdentity(ssh.resolve(name).toString());
          }
        }
      } catch (JSchException e) {
        throw new CommandNotRun(
            "host " + host.name() + ": the key could not be loaded (" + e.getMessage() + ")", e);
      }
    };
  }

  /** Until the vault is unlocked (or exists), a {@code vault:} identity cannot log in. */
  IdentitySource NO_VAULT =
      (jsch, host, incidentId) -> {
        throw new CommandNotRun(
            "host "
                + host.name()
                + " logs in with "
                + host.identity().orElse("")
                + ": unlock the vault first");
      };

  private static Path expand(String path) {
    return path.startsWith("~/")
        ? Path.of(System.getProperty("user.home"), path.substring(2))
        : Path.of(path);
  }
}
