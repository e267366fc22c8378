package org.sitrep.sync.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.sync.storage.S3Storage;
import org.sitrep.sync.storage.StorageTimeouts;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.testing.S3ProxyServer;

/** The convergence scenarios over a real S3 API (s3proxy, its own process on 127.0.0.1). */
class S3ConvergenceTest extends ConvergenceContract {

  private static final AtomicInteger PREFIXES = new AtomicInteger();
  @TempDir static Path serverDir;
  static S3ProxyServer server;

  private final String prefix = "converge" + PREFIXES.incrementAndGet() + "/";
  private final List<SyncStorage> opened = new ArrayList<>();

  @BeforeAll
  static void startServer() throws Exception {
    server = S3ProxyServer.start(serverDir);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void closeClients() throws Exception {
    for (SyncStorage s : opened) {
      s.close();
    }
  }

  @Override
  protected SyncStorage storageFor(String peer) {
    SyncStorage s =
        new S3Storage(server.target(prefix), server.credentials(), StorageTimeouts.DEFAULT, 1000);
    opened.add(s);
    return s;
  }

  @Override
  protected int rounds() {
    return 8;
  }
}
