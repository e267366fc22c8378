package org.sitrep.sync.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.sync.storage.SftpStorage;
import org.sitrep.sync.storage.StorageTimeouts;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.testing.SftpServer;

/** Honest sync over a real OpenSSH sftp server; the stand-in is an empty folder on the server. */
class SftpHonestSyncTest extends HonestSyncContract {

  private static final AtomicInteger ROOTS = new AtomicInteger();
  @TempDir static Path serverDir;
  static SftpServer server;

  private final int n = ROOTS.incrementAndGet();

  @BeforeAll
  static void startServer() throws Exception {
    server = SftpServer.start(serverDir.resolve("sshd"));
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  private SyncStorage at(String folder) throws Exception {
    Path root = Files.createDirectories(serverDir.resolve(folder));
    return new SftpStorage(server.target(root), server.credentials(), StorageTimeouts.DEFAULT);
  }

  @Override
  protected SyncStorage teamStorage() throws Exception {
    return at("honest" + n);
  }

  @Override
  protected SyncStorage emptyStandIn() throws Exception {
    return at("honest" + n + "-empty");
  }

  @Override
  protected List<String> standInKeys() throws Exception {
    try (SyncStorage s = emptyStandIn()) {
      return keys(s);
    }
  }
}
