package org.sitrep.model.vault;

import java.util.Arrays;
import java.util.Optional;
import org.sitrep.model.store.Workspace;

/**
 * This laptop's private keys at rest (ADR 17): the sync signing key, the age identity and the team
 * keys are sealed with AES-256-GCM under a random <em>laptop key</em>, wrapped under the vault
 * passphrase in {@code laptop_key_slot} (never synced). The vault opens it: unlocking with the
 * passphrase, or with the keys the agent holds. With no vault there is no passphrase to wrap under:
 * keys stay in the clear and {@link #clearKeys()} says how many, so the caller can say so.
 *
 * <p>Each sealed value is bound to what it is ({@code sitrep-keys/1 sign <device>} …), so a sealed
 * key copied onto another row fails to open instead of being used in the wrong place.
 */
public final class KeysAtRest {

  /** What a caller may expect: nothing to unlock, unlock first, or ready. */
  public enum State {
    NO_VAULT,
    LOCKED,
    UNLOCKED
  }

  /** A value as it is stored: sealed or, with no vault, in the clear. */
  public record Stored(byte[] bytes, boolean sealed) {}

  private static final String HOLDER = "laptop";
  private final Workspace workspace;
  private byte[] laptopKey;
  private String problem;

  KeysAtRest(Workspace workspace) {
    this.workspace = workspace;
  }

  /** What a sealed signing key is bound to. */
  public static String signBinding(String device) {
    return LaptopKeyRows.signBinding(device);
  }

  /** What a sealed age identity is bound to. */
  public static String ageBinding(String device) {
    return LaptopKeyRows.ageBinding(device);
  }

  /** What a sealed team key is bound to. */
  public static String teamBinding(String workspace, int epoch, String rotator) {
    return LaptopKeyRows.teamBinding(workspace, epoch, rotator);
  }

  public synchronized State state() {
    if (laptopKey != null) {
      return State.UNLOCKED;
    }
    return vaultExists() ? State.LOCKED : State.NO_VAULT;
  }

  /** Why the keys stayed locked although the vault opened (a passphrase changed elsewhere). */
  public synchronized Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** Stores {@code clear}: sealed when a vault exists (refused while locked), else in the clear. */
  public synchronized Stored forStorage(String binding, byte[] clear) {
    if (laptopKey != null) {
      return new Stored(Aead.seal(laptopKey, binding, clear), true);
    }
    if (vaultExists()) {
      throw locked();
    }
    return new Stored(clear.clone(), false);
  }

  /** The clear key from what was stored; a sealed one needs the vault unlocked. */
  public synchronized byte[] fromStorage(String binding, Stored stored) {
    if (!stored.sealed()) {
      return stored.bytes().clone();
    }
    if (laptopKey == null) {
      throw locked();
    }
    try {
      return Aead.open(laptopKey, binding, stored.bytes());
    } catch (TamperedException e) {
      throw new TamperedException(
          "a sealed key of this laptop does not open (" + binding + "): the row was altered");
    }
  }

  /** How many private keys of this laptop are still stored in the clear. */
  public int clearKeys() {
    return workspace.read(LaptopKeyRows::clearCount);
  }

  /** The laptop key for the agent to hold (a copy; the caller wipes it), when unlocked. */
  synchronized Optional<byte[]> handOver() {
    return Optional.ofNullable(laptopKey).map(byte[]::clone);
  }

  /**
   * Opens (or, the first time, creates) the laptop key with the vault passphrase, and seals every
   * key still in the clear. A slot that does not open with it leaves the keys locked and says why:
   * the vault itself stays usable.
   */
  synchronized void unlock(char[] passphrase, KdfParams params) {
    Optional<KeySlot> slot = workspace.read(db -> LaptopKeyRows.slot(db, HOLDER));
    if (slot.isEmpty()) {
      byte[] key = Aead.randomKey();
      KeySlot created = KeySlot.create(HOLDER, KeySlot.Role.OWNER, passphrase, params, key);
      workspace.write(
          tx -> {
            LaptopKeyRows.saveSlot(tx, created);
            return null;
          });
      use(key);
      return;
    }
    try {
      use(slot.get().unwrap(passphrase));
    } catch (org.sitrep.model.ChangeRefusedException e) {
      problem =
          "this laptop's sync keys are wrapped under an earlier vault passphrase: they stay"
              + " locked (unlock with the earlier passphrase once to move them)";
    }
  }

  /** With the laptop key the agent held. */
  synchronized void unlockWith(byte[] key) {
    use(key.clone());
  }

  /** Re-wraps the laptop key under the new passphrase, when the current one opens it. */
  synchronized void rewrap(char[] current, char[] next, KdfParams params) {
    Optional<KeySlot> slot = workspace.read(db -> LaptopKeyRows.slot(db, HOLDER));
    if (slot.isEmpty()) {
      return;
    }
    byte[] key = slot.get().unwrap(current);
    try {
      KeySlot rewrapped = KeySlot.create(HOLDER, KeySlot.Role.OWNER, next, params, key);
      workspace.write(
          tx -> {
            LaptopKeyRows.saveSlot(tx, rewrapped);
            return null;
          });
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** Wipes the laptop key (the vault locked). */
  synchronized void forget() {
    if (laptopKey != null) {
      Arrays.fill(laptopKey, (byte) 0);
      laptopKey = null;
    }
  }

  private void use(byte[] key) {
    forget();
    laptopKey = key;
    problem = null;
    int sealed = workspace.write(tx -> LaptopKeyRows.sealClear(tx.dsl(), key));
    if (sealed > 0) {
      // The clear rows' old page images must not linger in the WAL (secure_delete zeroes the
      // database's own free space).
      workspace.checkpoint();
    }
  }

  private boolean vaultExists() {
    return workspace.read(db -> VaultRepository.slot(db, KeySlot.OWNER)).isPresent();
  }

  private static KeysLockedException locked() {
    return new KeysLockedException();
  }
}
