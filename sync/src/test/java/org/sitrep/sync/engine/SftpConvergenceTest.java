package org.sitrep.sync.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.sync.storage.SftpStorage;
import org.sitrep.sync.storage.StorageTimeouts;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.testing.SftpServer;

/** The convergence scenarios over a real OpenSSH sftp server on 127.0.0.1, one login per laptop. */
class SftpConvergenceTest extends ConvergenceContract {

  private static final AtomicInteger ROOTS = new AtomicInteger();
  @TempDir static Path serverDir;
  static SftpServer server;

  private final Path root = serverDir.resolve("team" + ROOTS.incrementAndGet());
  private final List<SyncStorage> opened = new ArrayList<>();

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

  @AfterEach
  void logOut() throws Exception {
    for (SyncStorage s : opened) {
      s.close();
    }
  }

  @Override
  protected SyncStorage storageFor(String peer) throws Exception {
    SyncStorage s =
        new SftpStorage(server.target(root), server.credentials(), StorageTimeouts.DEFAULT);
    opened.add(s);
    return s;
  }

  @Override
  protected int rounds() {
    return 8;
  }
}
