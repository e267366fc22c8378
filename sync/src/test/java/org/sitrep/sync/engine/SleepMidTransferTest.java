package org.sitrep.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.sync.storage.S3Storage;
import org.sitrep.sync.storage.StorageTimeouts;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.testing.ForwardingStorage;
import org.sitrep.sync.testing.Peer;
import org.sitrep.sync.testing.S3ProxyServer;
import org.sitrep.sync.testing.TestTeam;

/**
 * The other end goes quiet in the middle of a sync (the laptop lid closes, the hotel Wi-Fi drops
 * after the upload): the sync fails within its timeout instead of hanging, and the next one
 * finishes the job with nothing lost and nothing sent twice. Against a real S3 API frozen with
 * SIGSTOP.
 */
class SleepMidTransferTest {

  @TempDir static Path serverDir;
  static S3ProxyServer server;
  @TempDir Path dir;
  private Peer a;
  private Peer b;

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
  void close() throws Exception {
    server.resume();
    if (a != null) {
      a.close();
      b.close();
    }
  }

  private SyncStorage client() {
    return new S3Storage(
        server.target("sleep/"),
        server.credentials(),
        new StorageTimeouts(Duration.ofSeconds(1), Duration.ofMillis(1500)),
        1000);
  }

  @Test
  void theServerFreezingAfterTheUploadCostsOneRetryAndNothingElse() throws Exception {
    TestTeam team = new TestTeam();
    a = new Peer("a", dir, SteppingClock.at("2026-12-04T09:00:00Z"), team, 5);
    b = new Peer("b", dir, SteppingClock.at("2026-12-04T09:00:00Z"), team, 5);
    Random random = new Random(3);
    for (int i = 0; i < 12; i++) {
      a.act(random);
    }
    SyncStorage freezing = new FreezesAfterFirstUpload(client());

    long started = System.nanoTime();
    assertThatThrownBy(() -> a.sync(freezing)).isInstanceOf(IOException.class);
    Duration failedAfter = Duration.ofNanos(System.nanoTime() - started);
    server.resume();

    SyncReport retried = a.sync(client());
    SyncReport received = b.sync(client());

    assertThat(failedAfter).as("noticed, not hung").isLessThan(Duration.ofSeconds(20));
    assertThat(retried.clean()).isTrue();
    assertThat(received.clean()).isTrue();
    assertThat(received.duplicates()).as("the adopted segment is not sent twice").isZero();
    assertThat(b.stateHash()).isEqualTo(a.stateHash());
    long bySegments = a.workspace.read(dsl -> dsl.fetchCount(dsl.selectFrom("sync_sent")));
    assertThat(client().list(org.sitrep.sync.segment.Segment.prefix(a.device()), ""))
        .hasSize((int) bySegments);
  }

  /** Uploads the first object, then freezes the server before anything can be read back. */
  private static final class FreezesAfterFirstUpload extends ForwardingStorage {
    private boolean frozen;

    FreezesAfterFirstUpload(SyncStorage inner) {
      super(inner);
    }

    @Override
    public void putIfAbsent(String key, byte[] bytes) throws IOException {
      inner.putIfAbsent(key, bytes);
      if (!frozen) {
        frozen = true;
        try {
          server.pause();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
      }
    }
  }
}
