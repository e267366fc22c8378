package org.sitrep.sync.team;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.sync.storage.SyncStorage;

/**
 * A laptop's view of shared storage cut off at one moment: it sees what was there then and what it
 * writes itself, nothing others write later. Two members acting through two partitions act "at the
 * same moment".
 */
final class Partition implements SyncStorage {

  private final SyncStorage shared;
  private final Set<String> visible;

  Partition(SyncStorage shared) throws IOException {
    this.shared = shared;
    this.visible = new HashSet<>(shared.list("", ""));
  }

  @Override
  public void putIfAbsent(String key, byte[] bytes) throws IOException {
    shared.putIfAbsent(key, bytes);
    visible.add(key);
  }

  @Override
  public Optional<byte[]> get(String key) throws IOException {
    return visible.contains(key) ? shared.get(key) : Optional.empty();
  }

  @Override
  public List<String> list(String prefix, String startAfter) throws IOException {
    List<String> keys = new ArrayList<>(shared.list(prefix, startAfter));
    keys.retainAll(visible);
    return keys;
  }

  @Override
  public void delete(String key) throws IOException {
    shared.delete(key);
  }

  @Override
  public String describe() {
    return "partitioned " + shared.describe();
  }
}
