package org.sitrep.sync.engine;

import java.nio.file.Files;
import org.sitrep.sync.storage.FolderStorage;
import org.sitrep.sync.storage.SyncStorage;

/** The team's shared folder: each laptop's own view of the same directory. */
class FolderConvergenceTest extends ConvergenceContract {

  @Override
  protected SyncStorage storageFor(String peer) throws Exception {
    return new FolderStorage(Files.createDirectories(dir.resolve("shared")));
  }
}
