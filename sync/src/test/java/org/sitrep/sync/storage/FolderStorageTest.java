package org.sitrep.sync.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderStorageTest extends StorageContract {

  @TempDir Path dir;

  @Override
  protected SyncStorage storage() {
    return new FolderStorage(dir);
  }

  @Override
  protected SyncStorage anotherClientOf(SyncStorage first) {
    return new FolderStorage(dir);
  }

  @Test
  void unmountedFolderIsUnavailableNotEmpty() {
    FolderStorage gone = new FolderStorage(dir.resolve("not-mounted"));
    assertThatThrownBy(() -> gone.list("devices/", ""))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("not mounted");
  }

  @Test
  void leftoverTempFilesOfACrashedWriteAreNotListed() throws Exception {
    FolderStorage s = new FolderStorage(dir);
    Files.createDirectories(dir.resolve("devices/a/seg"));
    Files.write(dir.resolve("devices/a/seg/" + FolderStorage.TEMP_PREFIX + "x"), new byte[] {9});
    assertThat(s.list("devices/", "")).isEmpty();
    s.putIfAbsent("devices/a/seg/1.seg", new byte[] {1});
    assertThat(s.list("devices/", "")).containsExactly("devices/a/seg/1.seg");
  }
}
