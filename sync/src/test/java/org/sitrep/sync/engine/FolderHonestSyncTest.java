package org.sitrep.sync.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.sync.storage.FolderStorage;
import org.sitrep.sync.storage.SyncStorage;

/** Honest sync over a shared folder; the stand-in is the mountpoint left as an empty folder. */
class FolderHonestSyncTest extends HonestSyncContract {

  private Path shared() throws Exception {
    return Files.createDirectories(dir.resolve("share"));
  }

  private Path mountpoint() throws Exception {
    return Files.createDirectories(dir.resolve("mnt-empty"));
  }

  @Override
  protected SyncStorage teamStorage() throws Exception {
    return new FolderStorage(shared());
  }

  @Override
  protected SyncStorage emptyStandIn() throws Exception {
    return new FolderStorage(mountpoint());
  }

  @Override
  protected List<String> standInKeys() throws Exception {
    try (Stream<Path> files = Files.walk(mountpoint())) {
      return files.filter(p -> !p.equals(dir.resolve("mnt-empty"))).map(Path::toString).toList();
    }
  }
}
