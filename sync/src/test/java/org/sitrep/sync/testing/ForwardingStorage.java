package org.sitrep.sync.testing;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.sitrep.sync.storage.SyncStorage;

/** Passes every call to another storage: fault-injection tests override the one call they break. */
public class ForwardingStorage implements SyncStorage {

  protected final SyncStorage inner;

  public ForwardingStorage(SyncStorage inner) {
    this.inner = inner;
  }

  @Override
  public void putIfAbsent(String key, byte[] bytes) throws IOException {
    inner.putIfAbsent(key, bytes);
  }

  @Override
  public Optional<byte[]> get(String key) throws IOException {
    return inner.get(key);
  }

  @Override
  public List<String> list(String prefix, String startAfter) throws IOException {
    return inner.list(prefix, startAfter);
  }

  @Override
  public void delete(String key) throws IOException {
    inner.delete(key);
  }

  @Override
  public String describe() {
    return inner.describe();
  }
}
