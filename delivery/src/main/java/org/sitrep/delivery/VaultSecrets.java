package org.sitrep.delivery;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.model.delivery.DeliveryTarget;
import org.sitrep.model.vault.SecretValue;
import org.sitrep.model.vault.VaultItem;
import org.sitrep.model.vault.VaultService;

/**
 * Targets' credentials from the vault, by item name: taken once per unlock (one audited use, not
 * one per message) and forgotten when the vault locks. Nothing here writes them anywhere.
 */
public final class VaultSecrets implements TargetSecrets {

  private final VaultService vault;
  private final Map<String, Secret> held = new ConcurrentHashMap<>();

  public VaultSecrets(VaultService vault) {
    this.vault = vault;
    vault.onLock(held::clear);
  }

  /**
   * @throws org.sitrep.model.NotFoundException when the vault has no item by that name
   */
  @Override
  public Optional<Secret> forTarget(DeliveryTarget target) {
    Secret cached = held.get(target.name());
    if (cached != null) {
      return Optional.of(cached);
    }
    if (!vault.isUnlocked()) {
      return Optional.empty();
    }
    VaultItem item = vault.find(target.credential());
    try (SecretValue value =
        vault.useSecret(item.id(), "deliver to " + target.name(), Optional.empty())) {
      Secret secret = new Secret(item.username(), new String(value.chars()).strip());
      held.put(target.name(), secret);
      return Optional.of(secret);
    }
  }
}
