package org.sitrep.sync.engine;

import org.sitrep.sync.storage.MemoryStorage;
import org.sitrep.sync.storage.SyncStorage;

class MemoryConvergenceTest extends ConvergenceContract {

  private final MemoryStorage shared = new MemoryStorage();

  @Override
  protected SyncStorage storageFor(String peer) {
    return shared;
  }
}
