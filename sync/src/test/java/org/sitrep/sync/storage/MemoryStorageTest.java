package org.sitrep.sync.storage;

class MemoryStorageTest extends StorageContract {

  @Override
  protected SyncStorage storage() {
    return new MemoryStorage();
  }
}
