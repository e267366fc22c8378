package org.sitrep.sync.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.sync.testing.S3ProxyServer;

/**
 * The storage contract and S3 specifics against s3proxy (its own process, SigV4 checked). Every
 * test works under its own key prefix of one bucket, so the server starts once per class.
 */
class S3StorageTest extends StorageContract {

  private static final String CANARY = "CANARY-s3-51c0de-do-not-print";
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  @TempDir static Path serverDir;
  static S3ProxyServer server;

  private final List<SyncStorage> opened = new ArrayList<>();

  @BeforeAll
  static void startServer() throws Exception {
    server = S3ProxyServer.start(serverDir);
    System.out.println("s3proxy started in " + server.startedIn().toMillis() + " ms");
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void closeClients() throws IOException {
    for (SyncStorage s : opened) {
      s.close();
    }
  }

  private static String freshPrefix() {
    return "t" + PREFIXES.incrementAndGet() + "/";
  }

  private S3Storage open(SyncTarget.S3 target, S3Credentials keys, StorageTimeouts t, int page) {
    S3Storage s = new S3Storage(target, keys, t, page);
    opened.add(s);
    return s;
  }

  private S3Storage open(String prefix) {
    return open(server.target(prefix), server.credentials(), StorageTimeouts.DEFAULT, 1000);
  }

  @Override
  protected SyncStorage storage() {
    return open(freshPrefix());
  }

  @Override
  protected SyncStorage anotherClientOf(SyncStorage first) {
    return open(((S3Storage) first).target().keyPrefix());
  }

  @Test
  void probesOnceThatTheServerRefusesOverwritesAndLeavesNoProbeBehind() throws Exception {
    String prefix = freshPrefix();
    S3Storage s = open(prefix);
    assertThat(s.conditionalWrites()).isEqualTo(S3Storage.WriteGuard.NOT_PROBED);
    assertThat(s.describe()).contains("not yet probed");
    s.putIfAbsent("devices/a/seg/1.seg", new byte[] {1});
    assertThat(s.conditionalWrites()).isEqualTo(S3Storage.WriteGuard.IF_NONE_MATCH);
    assertThat(s.describe()).contains("If-None-Match");
    assertThat(s.list("", "")).containsExactly("devices/a/seg/1.seg");
  }

  @Test
  void pagesThroughListingsWithContinuationTokens() throws Exception {
    String prefix = freshPrefix();
    S3Storage s = open(server.target(prefix), server.credentials(), StorageTimeouts.DEFAULT, 7);
    List<String> written = new ArrayList<>();
    long begin = System.nanoTime();
    for (int i = 1; i <= 25; i++) {
      String key = String.format("devices/a/seg/%016d.seg", i);
      s.putIfAbsent(key, new byte[] {(byte) i});
      written.add(key);
    }
    System.out.println(
        "s3proxy: putIfAbsent of a 1-byte object "
            + (System.nanoTime() - begin) / 25 / 1000
            + " µs each (first one includes the write-once probe)");
    s.putIfAbsent("devices/b/seg/0000000000000001.seg", new byte[] {1});
    assertThat(s.list("devices/a/", "")).containsExactlyElementsOf(written);
    assertThat(s.list("devices/a/", written.get(9)))
        .containsExactlyElementsOf(written.subList(10, 25));
    assertThat(s.list("devices/", "")).hasSize(26);
  }

  /**
   * The same paging as above at the server's own 1000-key page: ~10 s of writes on a 2-core
   * machine, so it runs with the benchmarks ({@code mvn -Pbench}), not on every build.
   */
  @Test
  @Tag("bench")
  void listsPastTheServersThousandKeyPage() throws Exception {
    S3Storage s = open(freshPrefix());
    long begin = System.nanoTime();
    int count = 1005;
    for (int i = 0; i < count; i++) {
      s.putIfAbsent(String.format("devices/a/seg/%016d.seg", i), new byte[] {(byte) i});
    }
    long perPutMicros = (System.nanoTime() - begin) / 1000 / count;
    long listBegin = System.nanoTime();
    List<String> keys = s.list("devices/a/seg/", "");
    long listMillis = (System.nanoTime() - listBegin) / 1_000_000;
    System.out.println(
        "s3proxy: putIfAbsent "
            + perPutMicros
            + " µs each; listing "
            + count
            + " keys "
            + listMillis
            + " ms");
    assertThat(keys).hasSize(count).isSorted();
    assertThat(keys.get(count - 1)).isEqualTo(String.format("devices/a/seg/%016d.seg", count - 1));
  }

  @Test
  void refusedCredentialsAreUnavailableAndTheSecretAppearsNowhere() throws Exception {
    S3Credentials wrong = new S3Credentials("sitrep-test-access", CANARY);
    S3Storage s = open(server.target(freshPrefix()), wrong, StorageTimeouts.DEFAULT, 1000);
    Throwable write = catchFailure(() -> s.putIfAbsent("devices/a/seg/1.seg", new byte[] {1}));
    Throwable list = catchFailure(() -> s.list("devices/", ""));
    for (Throwable thrown : List.of(write, list)) {
      assertThat(thrown)
          .isInstanceOf(StorageUnavailableException.class)
          .hasMessageContaining("credentials refused");
      Secrets.assertNowhere(CANARY, thrown, s.describe(), wrong.toString());
    }
  }

  @Test
  void missingBucketIsUnavailableNotEmpty() {
    SyncTarget.S3 nowhere =
        new SyncTarget.S3("no-such-bucket", "", server.endpoint(), S3ProxyServer.REGION);
    S3Storage s = open(nowhere, server.credentials(), StorageTimeouts.DEFAULT, 1000);
    assertThatThrownBy(() -> s.list("devices/", ""))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("no such bucket");
  }

  @Test
  void unreachableEndpointIsUnavailableQuickly() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    SyncTarget.S3 nowhere =
        new SyncTarget.S3(
            S3ProxyServer.BUCKET, "", URI.create("http://127.0.0.1:" + closedPort), "us-east-1");
    S3Storage s = open(nowhere, server.credentials(), StorageTimeouts.DEFAULT, 1000);
    long begin = System.nanoTime();
    assertThatThrownBy(() -> s.get("devices/a/seg/1.seg"))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("no answer");
    assertThat(Duration.ofNanos(System.nanoTime() - begin))
        .isLessThan(
            Duration.ofSeconds(9)); // under the 10 s connect timeout, with room for a busy CI
  }

  @Test
  void frozenServerFailsWithinTheReadTimeoutThenWorksAgain() throws Exception {
    StorageTimeouts quick = new StorageTimeouts(Duration.ofSeconds(2), Duration.ofMillis(1500));
    S3Storage s = open(server.target(freshPrefix()), server.credentials(), quick, 1000);
    s.putIfAbsent("devices/a/seg/1.seg", "one".getBytes(UTF_8));
    server.pause();
    long begin = System.nanoTime();
    try {
      assertThatThrownBy(() -> s.get("devices/a/seg/1.seg"))
          .isInstanceOf(StorageUnavailableException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - begin))
          .isLessThan(Duration.ofSeconds(20)); // far under the default 30 s read timeout
    } finally {
      server.resume();
    }
    assertThat(s.get("devices/a/seg/1.seg")).isPresent();
  }

  private static Throwable catchFailure(ThrowingCall call) {
    try {
      call.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("expected a failure");
  }

  private interface ThrowingCall {
    void run() throws Exception;
  }
}
