package org.sitrep.sync.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.sync.storage.S3Storage;
import org.sitrep.sync.storage.StorageTimeouts;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.testing.S3ProxyServer;

/** Honest sync over a real S3 API (s3proxy); the stand-in is the same bucket, another prefix. */
class S3HonestSyncTest extends HonestSyncContract {

  private static final AtomicInteger PREFIXES = new AtomicInteger();
  @TempDir static Path serverDir;
  static S3ProxyServer server;

  private final int n = PREFIXES.incrementAndGet();

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

  private SyncStorage at(String prefix) {
    return new S3Storage(
        server.target(prefix), server.credentials(), StorageTimeouts.DEFAULT, 1000);
  }

  @Override
  protected SyncStorage teamStorage() {
    return at("honest" + n + "/");
  }

  @Override
  protected SyncStorage emptyStandIn() {
    return at("honest" + n + "-typo/");
  }

  @Override
  protected List<String> standInKeys() throws Exception {
    try (SyncStorage s = emptyStandIn()) {
      return keys(s);
    }
  }
}
