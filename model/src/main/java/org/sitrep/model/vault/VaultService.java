package org.sitrep.model.vault;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.store.Workspace;

/**
 * The credentials vault of one workspace: create, unlock, lock, change the passphrase, add and
 * remove items, and hand secrets out — every reveal, copy and use audited (see {@link
 * SecretAccess}). While unlocked, the workspace's redactor masks every secret value everywhere;
 * locking wipes the key and leaves only keyed fingerprints (ADR 6). One per open workspace.
 *
 * <p>Every {@code char[]} passphrase passed in is wiped before the call returns.
 */
public final class VaultService {

  private final Workspace workspace;
  private final LockedMask mask = new LockedMask();
  private final SecretAccess access;
  private final List<Runnable> lockListeners = new CopyOnWriteArrayList<>();
  private UnlockedVault open;
  private Set<String> damaged = Set.of();
  private final KeysAtRest keys;

  public VaultService(Workspace workspace) {
    this.workspace = workspace;
    this.access = new SecretAccess(workspace);
    this.keys = new KeysAtRest(workspace);
    workspace.redactor().alsoMask(mask);
  }

  public boolean exists() {
    return workspace.read(dsl -> VaultRepository.slot(dsl, KeySlot.OWNER)).isPresent();
  }

  public synchronized boolean isUnlocked() {
    return open != null;
  }

  /** Creates the vault with {@code params} (from {@link KdfTuner#tune()}), leaving it unlocked. */
  public synchronized void initialize(char[] passphrase, KdfParams params) {
    try {
      KeySlot.checkNewPassphrase(passphrase);
      if (exists()) {
        throw new ChangeRefusedException(
            "this workspace already has a vault: change its passphrase instead");
      }
      byte[] key = Aead.randomKey();
      KeySlot slot = KeySlot.create(KeySlot.OWNER, KeySlot.Role.OWNER, passphrase, params, key);
      saveSlot(slot);
      open = new UnlockedVault(key, workspace.redactor(), mask, now());
      keys.unlock(passphrase, params);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  /**
   * Opens the vault and teaches the redactor every secret. An item whose ciphertext fails its check
   * does not stop the rest: it is listed by {@link #damagedItems()} and refused when asked.
   */
  public synchronized void unlock(char[] passphrase) {
    try {
      KeySlot owner = ownerSlot();
      byte[] key = owner.unwrap(passphrase);
      if (open != null) {
        lockQuietly();
      }
      UnlockedVault u = new UnlockedVault(key, workspace.redactor(), mask, now());
      List<String> bad = u.learnAll(workspace.read(VaultRepository::allSealed));
      damaged = Set.copyOf(bad);
      open = u;
      keys.unlock(passphrase, owner.params());
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  /** Wipes the key; the redactor forgets every value (fingerprints stay). */
  public synchronized void lock() {
    if (open != null) {
      lockQuietly();
      lockListeners.forEach(Runnable::run);
    }
  }

  /** Locks when nothing used the vault for {@code idle}; true when it locked now. */
  public synchronized boolean lockIfIdle(Duration idle) {
    if (open != null && !now().isBefore(open.lastUsed().plus(idle))) {
      lock();
      return true;
    }
    return false;
  }

  /** Counts as activity for the idle timer (the window calls it while the vault view is used). */
  public synchronized void touch() {
    if (open != null) {
      open.touch(now());
    }
  }

  /** Runs after every lock, automatic or not (the window hides what it showed). */
  public void onLock(Runnable listener) {
    lockListeners.add(listener);
  }

  /** Re-wraps the same vault key under {@code next} (and new parameters); items are untouched. */
  public synchronized void changePassphrase(char[] current, char[] next, KdfParams params) {
    try {
      KeySlot.checkNewPassphrase(next);
      byte[] key = ownerSlot().unwrap(current);
      try {
        KeySlot rewrapped = KeySlot.create(KeySlot.OWNER, KeySlot.Role.OWNER, next, params, key);
        saveSlot(rewrapped);
        keys.rewrap(current, next, params);
      } catch (ChangeRefusedException laptopSlotOnAnEarlierPassphrase) {
        // The vault took the new passphrase; KeysAtRest.problem() says why its keys did not.
      } finally {
        Arrays.fill(key, (byte) 0);
      }
    } finally {
      Arrays.fill(current, '\0');
      Arrays.fill(next, '\0');
    }
  }

  /** The KDF parameters the owner's passphrase uses now. */
  public Optional<KdfParams> kdfParams() {
    return workspace.read(dsl -> VaultRepository.slot(dsl, KeySlot.OWNER)).map(KeySlot::params);
  }

  /** Gives {@code name} their own passphrase for approving two-person items (vault unlocked). */
  public synchronized void addApprover(String name, char[] passphrase, KdfParams params) {
    try {
      UnlockedVault u = requireUnlocked();
      String holder = KeySlot.checkApproverName(name);
      KeySlot.checkNewPassphrase(passphrase);
      KeySlot slot = KeySlot.create(holder, KeySlot.Role.APPROVER, passphrase, params, u.key());
      saveSlot(slot);
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  public List<String> approvers() {
    return workspace.read(VaultRepository::approvers).stream().map(KeySlot::holder).toList();
  }

  /** Stores a new item; the secret and notes are encrypted and wiped here. */
  public synchronized VaultItem add(NewVaultItem request, char[] secret, char[] notes) {
    try {
      UnlockedVault u = requireUnlocked();
      VaultItem item = ItemRules.check(request, secret, workspace);
      byte[] payload = ItemPayload.seal(u.key(), item.id(), item.seal(), secret, notes);
      workspace.write(
          tx -> {
            ItemRules.refuseDuplicateName(tx.dsl(), item.name());
            VaultRepository.insertItem(tx, item, payload);
            return null;
          });
      u.learn(secret);
      u.touch(now());
      return item;
    } finally {
      Arrays.fill(secret, '\0');
      Arrays.fill(notes, '\0');
    }
  }

  /**
   * Stores every item in one transaction, or none: what importing another password manager's export
   * needs. Names the vault already has refuse the whole batch unless {@code skipExisting}, which
   * leaves those out and lists them. Every secret and note is wiped before this returns.
   */
  public synchronized ImportOutcome importItems(List<ImportedItem> items, boolean skipExisting) {
    try {
      UnlockedVault u = requireUnlocked();
      ImportOutcome outcome = BulkAdd.add(workspace, u, items, skipExisting);
      u.touch(now());
      return outcome;
    } finally {
      items.forEach(ImportedItem::wipe);
    }
  }

  /** Removes an item (a tombstone: its audit trail stays). */
  public synchronized void remove(String itemId) {
    requireUnlocked();
    VaultItem item = item(itemId);
    workspace.write(
        tx -> {
          VaultRepository.remove(tx, item.id());
          return null;
        });
  }

  public VaultItem item(String itemId) {
    return workspace
        .read(dsl -> VaultRepository.item(dsl, itemId))
        .orElseThrow(() -> new NotFoundException("no vault item " + itemId));
  }

  /** An item by its exact name (any case) or a unique start of its id. */
  public VaultItem find(String reference) {
    return workspace.read(dsl -> VaultRepository.resolve(dsl, reference));
  }

  /** Every item by name (locked or not: nothing secret is listed). */
  public List<VaultItem> list() {
    return workspace.read(dsl -> VaultRepository.list(dsl, Integer.MAX_VALUE));
  }

  public List<VaultItem> search(String words, int limit) {
    return workspace.read(dsl -> VaultRepository.search(dsl, words, limit));
  }

  public List<AuditEntry> audit(Optional<String> itemId, int limit) {
    return workspace.read(dsl -> VaultAuditRepository.audit(dsl, itemId, limit));
  }

  /** Items whose ciphertext failed its check at the last unlock. */
  public synchronized Set<String> damagedItems() {
    return damaged;
  }

  /** Shows the secret to the operator; audited. Close the value when it is hidden again. */
  public synchronized SecretValue reveal(String itemId, String why, Optional<String> incidentId) {
    return access.take(requireUnlocked(), item(itemId), AccessKind.REVEAL, why, incidentId);
  }

  /** For the clipboard; audited. */
  public synchronized SecretValue copy(String itemId, String why, Optional<String> incidentId) {
    return access.take(requireUnlocked(), item(itemId), AccessKind.COPY, why, incidentId);
  }

  /**
   * For a program to use (e.g. to authenticate an SSH session): audited as a use, with {@code
   * purpose} ("ssh root@db-1: systemctl restart pg"). The caller closes the value after use.
   */
  public synchronized SecretValue useSecret(
      String itemId, String purpose, Optional<String> incidentId) {
    return access.take(requireUnlocked(), item(itemId), AccessKind.USE, purpose, incidentId);
  }

  /** The current TOTP code of a TOTP item; audited as a reveal. */
  public synchronized String totpCode(String itemId, String why, Optional<String> incidentId) {
    return access.totp(requireUnlocked(), item(itemId), why, incidentId, now());
  }

  /** The item's notes (they may hold secrets too); audited as a reveal. */
  public synchronized SecretValue revealNotes(
      String itemId, String why, Optional<String> incidentId) {
    return access.notes(requireUnlocked(), item(itemId), why, incidentId);
  }

  /**
   * Breaks the glass on a sealed item: needs a reason and an incident (and, for a two-person item,
   * a second approver); writes the loud log entry and raises (or finds the open) "rotate this
   * credential" action item. The item can then be revealed, copied or used until the vault locks.
   */
  public synchronized BreakGlassOpening openBreakGlass(
      String itemId, String reason, String incidentId, Optional<Approval> approval) {
    try {
      return access.breakGlass(requireUnlocked(), item(itemId), reason, incidentId, approval);
    } finally {
      approval.ifPresent(Approval::wipe);
    }
  }

  /** True when a sealed item was opened since the last unlock. */
  public synchronized boolean isOpened(String itemId) {
    return open != null && open.isOpened(itemId);
  }

  private KeySlot ownerSlot() {
    return workspace
        .read(dsl -> VaultRepository.slot(dsl, KeySlot.OWNER))
        .orElseThrow(
            () ->
                new ChangeRefusedException(
                    "this workspace has no vault yet: create one (sitrep vault init)"));
  }

  private UnlockedVault requireUnlocked() {
    if (open == null) {
      throw new VaultLockedException();
    }
    open.touch(now());
    return open;
  }

  private void saveSlot(KeySlot slot) {
    workspace.write(
        tx -> {
          VaultRepository.saveSlot(tx, slot);
          return null;
        });
  }

  private void lockQuietly() {
    open.close();
    open = null;
    keys.forget();
  }

  /** This laptop's private keys at rest, opened and closed with the vault (ADR 17). */
  public KeysAtRest keysAtRest() {
    return keys;
  }

  /** Copies of the open keys for the agent to hold (ADR 17); the caller wipes them. */
  public synchronized HeldKeys handOver() {
    return new HeldKeys(requireUnlocked().key().clone(), keys.handOver());
  }

  /**
   * Opens the vault with keys the agent held, as {@link #unlock} does with the passphrase. Refused
   * when the key opens none of the items there are (not this workspace's vault key).
   */
  public synchronized void unlockWith(HeldKeys held) {
    UnlockedVault u = new UnlockedVault(held.vaultKey().clone(), workspace.redactor(), mask, now());
    java.util.Map<VaultItem, byte[]> items = workspace.read(VaultRepository::allSealed);
    List<String> bad = u.learnAll(items);
    if (!items.isEmpty() && bad.size() == items.size()) {
      u.close();
      throw new ChangeRefusedException("the agent's key does not open this workspace's vault");
    }
    if (open != null) {
      lockQuietly();
    }
    damaged = Set.copyOf(bad);
    open = u;
    held.laptopKey().ifPresent(keys::unlockWith);
  }

  private Instant now() {
    return workspace.wallClock().instant();
  }

  static String id() {
    return UUID.randomUUID().toString().toLowerCase(Locale.ROOT);
  }
}
