package org.sitrep.sync.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.model.host.HostKey;
import org.sitrep.sync.testing.SftpServer;

/** The storage contract and SFTP specifics against a real OpenSSH sshd on 127.0.0.1. */
class SftpStorageTest extends StorageContract {

  private static final String CANARY = "CANARY-sftp-9b1e44-do-not-print";
  private static final AtomicInteger ROOTS = new AtomicInteger();

  @TempDir static Path serverDir;
  static SftpServer server;

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
  void closeClients() throws IOException {
    for (SyncStorage s : opened) {
      s.close();
    }
  }

  /** A folder that does not exist yet: the driver creates it on the first write. */
  private static Path freshRoot() {
    return serverDir.resolve("roots").resolve("r" + ROOTS.incrementAndGet());
  }

  private SftpStorage open(Path root, SshCredentials login, StorageTimeouts timeouts) {
    SftpStorage s = new SftpStorage(server.target(root), login, timeouts);
    opened.add(s);
    return s;
  }

  private SftpStorage open(Path root) throws IOException {
    return open(root, server.credentials(), StorageTimeouts.DEFAULT);
  }

  @Override
  protected SyncStorage storage() throws Exception {
    return open(freshRoot());
  }

  @Override
  protected SyncStorage anotherClientOf(SyncStorage first) throws Exception {
    SyncTarget.Sftp target = ((SftpStorage) first).target();
    return open(Path.of(target.path()));
  }

  @Test
  void createsNestedFoldersOnDemandAndLeavesNoTempFiles() throws Exception {
    Path root = freshRoot();
    SftpStorage s = open(root);
    s.putIfAbsent("devices/laptop-ann/seg/0000000000000001.seg", "one".getBytes(UTF_8));
    Path dir = root.resolve("devices/laptop-ann/seg");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("0000000000000001.seg");
    }
    assertThat(Files.readString(dir.resolve("0000000000000001.seg"))).isEqualTo("one");
  }

  @Test
  void writesAndListsFiftySegmentsOverOneConnection() throws Exception {
    SftpStorage s = open(freshRoot());
    s.list("devices/", ""); // connect first: the loop below measures writes only
    long begin = System.nanoTime();
    for (int i = 0; i < 50; i++) {
      s.putIfAbsent(String.format("devices/a/seg/%016d.seg", i), new byte[1024]);
    }
    System.out.println(
        "sftp: putIfAbsent of a 1 KiB object "
            + (System.nanoTime() - begin) / 50 / 1000
            + " µs each");
    assertThat(s.list("devices/a/seg/", "")).hasSize(50).isSorted();
  }

  @Test
  void openSshOffersHardLinksSoPublishingIsAtomic() throws Exception {
    try (SftpConnection c = connect()) {
      assertThat(SftpPublish.forServer(c.channel())).isEqualTo(SftpPublish.HARD_LINK);
    }
  }

  @ParameterizedTest
  @EnumSource(SftpPublish.class)
  void publishingNeverReplacesAnExistingObject(SftpPublish way) throws Exception {
    Path dir = Files.createDirectories(freshRoot());
    Files.writeString(dir.resolve("1.seg"), "first");
    Files.writeString(dir.resolve(".1.seg.tmp-x"), "second");
    try (SftpConnection c = connect()) {
      assertThatThrownBy(
              () -> way.publish(c.channel(), dir + "/.1.seg.tmp-x", dir + "/1.seg", "1.seg"))
          .isInstanceOf(ObjectExistsException.class);
    }
    assertThat(Files.readString(dir.resolve("1.seg"))).isEqualTo("first");
  }

  /** Pins the fact {@link SftpPublish} is built around: if this changes, so can the publish. */
  @Test
  void jschRenameReplacesAnExistingFileOnOpenSsh() throws Exception {
    Path dir = Files.createDirectories(freshRoot());
    Files.writeString(dir.resolve("1.seg"), "first");
    Files.writeString(dir.resolve("other"), "second");
    try (SftpConnection c = connect()) {
      assertThat(c.channel().getExtension("posix-rename@openssh.com")).isNotNull();
      c.channel().rename(dir + "/other", dir + "/1.seg");
    }
    assertThat(Files.readString(dir.resolve("1.seg"))).isEqualTo("second");
  }

  private SftpConnection connect() throws IOException {
    return SftpConnection.open(
        server.target(freshRoot()), server.credentials(), StorageTimeouts.DEFAULT);
  }

  @Test
  void leftoverTempFilesOfAnInterruptedUploadAreNotListed() throws Exception {
    Path root = freshRoot();
    SftpStorage s = open(root);
    s.putIfAbsent("devices/a/seg/1.seg", new byte[] {1});
    Files.write(root.resolve("devices/a/seg/.2.seg" + SftpStorage.TEMP_MARK + "x"), new byte[] {9});
    assertThat(s.list("devices/", "")).containsExactly("devices/a/seg/1.seg");
    assertThat(s.list("", "")).containsExactly("devices/a/seg/1.seg");
  }

  @Test
  void missingRootListsAsEmptyNotAsAnError() throws Exception {
    SftpStorage s = open(freshRoot());
    assertThat(s.list("devices/", "")).isEmpty();
    assertThat(s.get("devices/a/seg/1.seg")).isEmpty();
  }

  @Test
  void refusesAChangedHostKeyNamingBothFingerprints() throws Exception {
    HostKey other = otherHostKey();
    SshCredentials wrongPin =
        SshCredentials.privateKey(
            other, Files.readAllBytes(serverDir.resolve("sshd/client_ed25519")), null);
    SftpStorage s = open(freshRoot(), wrongPin, StorageTimeouts.DEFAULT);
    assertThatThrownBy(() -> s.list("devices/", ""))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("host key refused")
        .hasMessageContaining(server.hostKey().fingerprint())
        .hasMessageContaining(other.fingerprint());
  }

  @Test
  void refusedPasswordSaysSoWithoutPrintingIt() throws Exception {
    SshCredentials login = SshCredentials.password(server.hostKey(), CANARY);
    SftpStorage s = open(freshRoot(), login, StorageTimeouts.DEFAULT);
    Throwable thrown = catchFailure(() -> s.putIfAbsent("devices/a/seg/1.seg", new byte[] {1}));
    assertThat(thrown)
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("login refused")
        .hasMessageContaining("password");
    Secrets.assertNowhere(CANARY, thrown, s.describe(), login.toString());
  }

  @Test
  void unreadablePrivateKeyIsRefusedWithoutQuotingIt() throws Exception {
    SshCredentials login =
        SshCredentials.privateKey(server.hostKey(), CANARY.getBytes(UTF_8), null);
    SftpStorage s = open(freshRoot(), login, StorageTimeouts.DEFAULT);
    Throwable thrown = catchFailure(() -> s.list("devices/", ""));
    assertThat(thrown)
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("private key could not be read");
    Secrets.assertNowhere(CANARY, thrown, s.describe(), login.toString());
  }

  @Test
  void unreachableServerIsUnavailableQuickly() throws Exception {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    SyncTarget.Sftp nowhere = new SyncTarget.Sftp("nobody", "127.0.0.1", closedPort, "/x");
    SftpStorage s = new SftpStorage(nowhere, server.credentials(), StorageTimeouts.DEFAULT);
    long begin = System.nanoTime();
    assertThatThrownBy(() -> s.list("devices/", ""))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("connection refused");
    assertThat(Duration.ofNanos(System.nanoTime() - begin))
        .isLessThan(
            Duration.ofSeconds(9)); // under the 10 s connect timeout, with room for a busy CI
  }

  @Test
  void serverGoingSilentMidSessionFailsWithinTheReadTimeoutThenReconnects() throws Exception {
    StorageTimeouts quick = new StorageTimeouts(Duration.ofSeconds(2), Duration.ofMillis(1500));
    SftpStorage s = open(freshRoot(), server.credentials(), quick);
    s.putIfAbsent("devices/a/seg/1.seg", new byte[] {1});
    server.pause();
    long begin = System.nanoTime();
    try {
      assertThatThrownBy(() -> s.get("devices/a/seg/1.seg"))
          .isInstanceOf(StorageUnavailableException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - begin))
          .isLessThan(Duration.ofSeconds(20)); // far under the default 30 s read timeout
      SftpStorage newcomer = open(freshRoot(), server.credentials(), quick);
      long connecting = System.nanoTime();
      assertThatThrownBy(() -> newcomer.list("devices/", ""))
          .as("a new connection to a silent server gives up after the connect timeout")
          .isInstanceOf(StorageUnavailableException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - connecting))
          .isLessThan(Duration.ofSeconds(20)); // far under the default 30 s read timeout
    } finally {
      server.resume();
    }
    assertThat(s.get("devices/a/seg/1.seg")).as("reconnects once the server answers").isPresent();
  }

  @Test
  void describeNamesTheTargetOnly() throws Exception {
    SftpStorage s = open(Path.of("/srv/sitrep"));
    assertThat(s.describe())
        .isEqualTo(
            "sftp://"
                + System.getProperty("user.name")
                + "@127.0.0.1:"
                + server.port()
                + "/srv/sitrep");
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

  private static HostKey otherHostKey() throws Exception {
    Path key = serverDir.resolve("other-" + ROOTS.incrementAndGet());
    Process p =
        new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString())
            .redirectErrorStream(true)
            .start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor()).isZero();
    return SshCredentials.pinnedHostKey(Files.readString(Path.of(key + ".pub")));
  }
}
