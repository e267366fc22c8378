package org.sitrep.app.vault;

import java.util.Arrays;
import java.util.function.Consumer;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.KdfTuner;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.VaultItem;

/** Filling the vault from the window: creating it (first run) and adding items. */
final class VaultSetup {

  private final VaultViewModel model;

  VaultSetup(VaultViewModel model) {
    this.model = model;
  }

  /**
   * Creates the vault: the two typed passphrases must match; Argon2id is tuned for this laptop
   * first (a few seconds, in the background). Both arrays are wiped.
   */
  void create(char[] passphrase, char[] again) {
    boolean same = Arrays.equals(passphrase, again);
    Arrays.fill(again, '\0');
    if (!same) {
      Arrays.fill(passphrase, '\0');
      model.problem().set("The two passphrases differ");
      return;
    }
    model.busy().set(true);
    model.problem().set("");
    model.message().set("Tuning Argon2id for this laptop…");
    model
        .tasks()
        .run(
            () -> {
              KdfParams params = KdfTuner.tune();
              model.service().initialize(passphrase, params);
              return params;
            },
            params ->
                model.openedNow("Vault created (Argon2id " + params.describe() + ") and unlocked"),
            e -> {
              model.busy().set(false);
              model.refusedOrFailed(e);
            });
  }

  /** Stores a new item (the service wipes the secret and notes) and selects it. */
  void add(
      NewVaultItem request,
      char[] secret,
      char[] notes,
      Consumer<VaultItem> added,
      Consumer<Throwable> refused) {
    model
        .tasks()
        .run(
            () -> model.service().add(request, secret, notes),
            item -> {
              model.addedNow(item);
              added.accept(item);
            },
            refused);
  }
}
