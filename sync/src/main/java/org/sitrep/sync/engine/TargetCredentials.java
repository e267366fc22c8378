package org.sitrep.sync.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.vault.SecretValue;
import org.sitrep.model.vault.VaultItem;
import org.sitrep.model.vault.VaultItemKind;
import org.sitrep.model.vault.VaultService;
import org.sitrep.sync.engine.SyncTargets.Target;
import org.sitrep.sync.storage.S3Credentials;
import org.sitrep.sync.storage.SshCredentials;
import org.sitrep.sync.storage.StorageCredentials;
import org.sitrep.sync.storage.SyncTarget;
import org.sitrep.sync.storage.SyncTargetUri;

/**
 * Credentials for sync targets, taken from the vault: an SSH key or password for SFTP (with the
 * target's pinned host key), an access key for S3 (the item's user name is the key id, its secret
 * the secret key). Taken once per unlock — one audited use, not one every few minutes — and
 * forgotten when the vault locks.
 */
public final class TargetCredentials {

  private final VaultService vault;
  private final Map<String, StorageCredentials> held = new ConcurrentHashMap<>();

  public TargetCredentials(VaultService vault) {
    this.vault = vault;
    vault.onLock(held::clear);
  }

  /**
   * What {@code target} needs.
   *
   * @throws ChangeRefusedException when the vault is locked or the item does not fit the target
   */
  public StorageCredentials forTarget(Target target) {
    SyncTarget parsed = SyncTargetUri.parse(target.uri());
    if (parsed instanceof SyncTarget.Folder) {
      return StorageCredentials.NONE;
    }
    StorageCredentials cached = held.get(target.name());
    if (cached != null) {
      return cached;
    }
    String itemName =
        target
            .credential()
            .orElseThrow(
                () ->
                    new ChangeRefusedException(
                        "target "
                            + target.name()
                            + " has no credential: sync add-target ... --credential VAULT_ITEM"));
    if (!vault.isUnlocked()) {
      throw new ChangeRefusedException(
          "target " + target.name() + ": unlock the vault to sync (its credential is there)");
    }
    VaultItem item = vault.find(itemName);
    StorageCredentials creds = read(target, parsed, item, target.hostKey());
    held.put(target.name(), creds);
    return creds;
  }

  private StorageCredentials read(
      Target target, SyncTarget parsed, VaultItem item, Optional<String> hostKey) {
    try (SecretValue secret =
        vault.useSecret(item.id(), "sync with " + target.name(), Optional.empty())) {
      if (parsed instanceof SyncTarget.S3) {
        if (item.username().isBlank()) {
          throw new ChangeRefusedException(
              "vault item '" + item.name() + "': put the S3 access key id in its user name");
        }
        return new S3Credentials(item.username(), new String(secret.chars()));
      }
      String pinned =
          hostKey.orElseThrow(
              () ->
                  new ChangeRefusedException(
                      "target " + target.name() + ": no pinned host key (add it with --host-key)"));
      if (item.kind() == VaultItemKind.SSH_KEY) {
        byte[] key = utf8(secret.chars());
        try {
          return SshCredentials.privateKey(SshCredentials.pinnedHostKey(pinned), key, null);
        } finally {
          Arrays.fill(key, (byte) 0);
        }
      }
      return SshCredentials.password(
          SshCredentials.pinnedHostKey(pinned), new String(secret.chars()));
    }
  }

  private static byte[] utf8(char[] chars) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    Arrays.fill(encoded.array(), (byte) 0);
    return bytes;
  }
}
