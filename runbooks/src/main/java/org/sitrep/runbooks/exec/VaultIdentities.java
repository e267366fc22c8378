package org.sitrep.runbooks.exec;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.host.Host;
import org.sitrep.model.vault.SecretValue;
import org.sitrep.model.vault.VaultItem;
import org.sitrep.model.vault.VaultItemKind;
import org.sitrep.model.vault.VaultService;

/**
 * Logs in with a private key held in the vault ({@code identity: vault:NAME}). Every use is audited
 * by the vault — on the incident's log when the command runs for one — and the key bytes are wiped
 * as soon as JSch has parsed them.
 */
public final class VaultIdentities implements IdentitySource {

  private static final String PREFIX = "vault:";

  private final VaultService vault;

  public VaultIdentities(VaultService vault) {
    this.vault = vault;
  }

  @Override
  public void addTo(JSch jsch, Host host, Optional<String> incidentId) throws CommandNotRun {
    String reference = host.identity().orElse("").substring(PREFIX.length());
    if (!vault.isUnlocked()) {
      throw new CommandNotRun(
          "host "
              + host.name()
              + " logs in with vault item '"
              + reference
              + "': unlock the vault first (Ctrl+Shift+V)");
    }
    VaultItem item;
    try {
      item = vault.find(reference);
    } catch (ChangeRefusedException e) {
      throw new CommandNotRun("host " + host.name() + ": " + e.getMessage());
    }
    if (item.kind() != VaultItemKind.SSH_KEY) {
      throw new CommandNotRun(
          "host "
              + host.name()
              + ": vault item '"
              + item.name()
              + "' is a "
              + item.kind().label()
              + ", not an SSH private key");
    }
    try (SecretValue key =
        vault.useSecret(
            item.id(),
            "ssh login to " + host.name() + " (" + host.destination() + ")",
            incidentId)) {
      ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(key.chars()));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      Arrays.fill(encoded.array(), (byte) 0);
      try {
        jsch.addIdentity("vault:" + item.name(), bytes, null, null);
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
    } catch (JSchException e) {
      throw new CommandNotRun(
          "host "
              + host.name()
              + ": vault item '"
              + item.name()
              + "' is not a private key JSch can read",
          e);
    }
  }
}
