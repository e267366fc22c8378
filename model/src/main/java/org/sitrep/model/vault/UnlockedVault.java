package org.sitrep.model.vault;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.redact.Redactor;

/**
 * The vault while it is open: the vault key, the secret values the redactor was taught, and the
 * break-glass items opened since unlocking. {@link #close()} wipes the key and makes the redactor
 * forget every value; only keyed fingerprints stay behind.
 */
final class UnlockedVault implements AutoCloseable {

  private final byte[] key;
  private final Redactor redactor;
  private final LockedMask mask;
  private final Set<String> learned = new LinkedHashSet<>();
  private final Map<String, String> openedOn = new HashMap<>();
  private Instant lastUsed;

  UnlockedVault(byte[] key, Redactor redactor, LockedMask mask, Instant now) {
    this.key = key;
    this.redactor = redactor;
    this.mask = mask;
    this.lastUsed = now;
  }

  byte[] key() {
    return key;
  }

  /** Masks {@code secret} everywhere from now on; a fingerprint survives locking. */
  void learn(char[] secret) {
    if (secret.length < Redactor.MIN_KNOWN_LENGTH) {
      return;
    }
    // The redactor matches Strings; this copy is dropped at lock (and cannot be wiped: ADR 6).
    String value = new String(secret);
    redactor.learn(value);
    learned.add(value);
    mask.add(value);
  }

  /**
   * Decrypts every item and learns its secret; returns the ids of items whose ciphertext failed its
   * check (they do not stop the others).
   */
  java.util.List<String> learnAll(Map<VaultItem, byte[]> sealed) {
    java.util.List<String> bad = new java.util.ArrayList<>();
    sealed.forEach(
        (item, payload) -> {
          try {
            ItemPayload.Opened o = ItemPayload.open(key, item.id(), item.seal(), payload);
            learn(o.secret());
            o.wipe();
          } catch (TamperedException e) {
            bad.add(item.id());
          }
        });
    return bad;
  }

  void opened(String itemId, String incidentId) {
    openedOn.put(itemId, incidentId);
  }

  boolean isOpened(String itemId) {
    return openedOn.containsKey(itemId);
  }

  void touch(Instant now) {
    lastUsed = now;
  }

  Instant lastUsed() {
    return lastUsed;
  }

  @Override
  public void close() {
    Arrays.fill(key, (byte) 0);
    for (String value : learned) {
      redactor.forget(value);
      for (String line : value.split("\\R")) {
        redactor.forget(line.strip());
      }
    }
    learned.clear();
    openedOn.clear();
  }
}
