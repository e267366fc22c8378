package org.sitrep.sync.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** Storage held in memory: for convergence tests and as the reference the other targets match. */
public final class MemoryStorage implements SyncStorage {

  private final ConcurrentSkipListMap<String, byte[]> objects = new ConcurrentSkipListMap<>();
  private volatile boolean reachable = true;

  @Override
  public void putIfAbsent(String key, byte[] bytes)
      throws StorageUnavailableException, ObjectExistsException {
    checkReachable();
    if (objects.putIfAbsent(key, bytes.clone()) != null) {
      throw new ObjectExistsException(key);
    }
  }

  @Override
  public Optional<byte[]> get(String key) throws StorageUnavailableException {
    checkReachable();
    return Optional.ofNullable(objects.get(key)).map(byte[]::clone);
  }

  @Override
  public List<String> list(String prefix, String startAfter) throws StorageUnavailableException {
    checkReachable();
    List<String> keys = new ArrayList<>();
    for (String key : objects.tailMap(prefix, true).keySet()) {
      if (!key.startsWith(prefix)) {
        break;
      }
      if (key.compareTo(startAfter) > 0) {
        keys.add(key);
      }
    }
    return keys;
  }

  @Override
  public void delete(String key) throws StorageUnavailableException {
    checkReachable();
    objects.remove(key);
  }

  @Override
  public String describe() {
    return "memory";
  }

  /** Simulates the network going away (a partition) or coming back. */
  public void setReachable(boolean reachable) {
    this.reachable = reachable;
  }

  /** Replaces an object behind sync's back: for fault-injection tests only. */
  public void tamper(String key, byte[] bytes) {
    objects.put(key, bytes.clone());
  }

  public int size() {
    return objects.size();
  }

  private void checkReachable() throws StorageUnavailableException {
    if (!reachable) {
      throw new StorageUnavailableException("memory target unreachable (simulated partition)");
    }
  }
}
