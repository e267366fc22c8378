package org.sitrep.sync.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sitrep.sync.storage.S3Credentials;
import org.sitrep.sync.storage.SyncTarget;

/**
 * s3proxy (a real S3 API with SigV4 checks and {@code If-None-Match: *}) as its own process on
 * 127.0.0.1, storing into a folder. Maven copies its jar into {@code target/test-servers} and
 * passes the path as {@code sitrep.s3proxy.jar}; without it the test fails, never skips. Start one
 * per test class: it takes seconds.
 */
public final class S3ProxyServer implements AutoCloseable {

  public static final String BUCKET = "sitrep-test";
  public static final String REGION = "us-east-1";
  private static final String ACCESS_KEY = "sitrep-test-access";
  private static final String SECRET = "sitrep-test-secret-7f3a";
  private static final Duration STARTUP = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final Path dir;
  private final Duration startedIn;
  private final Thread reaper;

  private S3ProxyServer(Process process, int port, Path dir, Duration startedIn, Thread reaper) {
    this.process = process;
    this.port = port;
    this.dir = dir;
    this.startedIn = startedIn;
    this.reaper = reaper;
  }

  public static S3ProxyServer start(Path dir) throws IOException, InterruptedException {
    String jarProperty = System.getProperty("sitrep.s3proxy.jar");
    if (jarProperty == null || !Files.isRegularFile(Path.of(jarProperty))) {
      throw new IllegalStateException(
          "s3proxy jar not found ("
              + jarProperty
              + "): run the tests through Maven (mvn -pl sync -am verify), which copies"
              + " org.gaul:s3proxy:jar-with-dependencies into sync/target/test-servers");
    }
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElseThrow(() -> new IllegalStateException("cannot tell which java runs the tests"));
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.createDirectories(data.resolve(BUCKET)); // the filesystem backend: a folder per bucket
    int port = freePort();
    Path properties = dir.resolve("s3proxy.properties");
    Files.writeString(
        properties,
        String.join(
            "\n",
            "s3proxy.endpoint=http://127.0.0.1:" + port,
            "s3proxy.authorization=aws-v4",
            "s3proxy.identity=" + ACCESS_KEY,
            "s3proxy.credential=" + SECRET,
            "jclouds.provider=filesystem",
            "jclouds.identity=" + ACCESS_KEY,
            "jclouds.credential=" + SECRET,
            "jclouds.filesystem.basedir=" + data,
            ""));
    long begin = System.nanoTime();
    // Small and quick to start: it serves a handful of test requests, not a data centre.
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx256m",
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-jar",
                    jarProperty,
                    "--properties",
                    properties.toString()))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("s3proxy.log").toFile());
    builder.environment().put("LOG_LEVEL", "warn");
    Process process = builder.start();
    // Never leave it running if the test JVM dies without closing it.
    Thread reaper = new Thread(process::destroyForcibly, "s3proxy-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
    try {
      waitUntilListening(port, process, dir);
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
    Duration startedIn = Duration.ofNanos(System.nanoTime() - begin);
    return new S3ProxyServer(process, port, dir, startedIn, reaper);
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public Duration startedIn() {
    return startedIn;
  }

  /** The test bucket under {@code prefix} (empty, or ending in a slash). */
  public SyncTarget.S3 target(String prefix) {
    return new SyncTarget.S3(BUCKET, prefix, endpoint(), REGION);
  }

  public S3Credentials credentials() {
    return new S3Credentials(ACCESS_KEY, SECRET);
  }

  /** Where the filesystem backend keeps the bucket's objects. */
  public Path bucketDir() {
    return dir.resolve("data").resolve(BUCKET);
  }

  /** Freezes the server (SIGSTOP): connections are accepted by the kernel, never answered. */
  public void pause() throws IOException, InterruptedException {
    signal("-STOP");
    // kill returns once the signal is queued; every thread of the JVM stops a moment later. A
    // request sent in that moment was answered once (CI), so wait until the kernel says stopped.
    Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until) {
      if (everyThreadStopped(tasks)) {
        return;
      }
      Thread.sleep(10);
    }
    throw new IOException("s3proxy did not stop within 30 s of SIGSTOP");
  }

  private static boolean everyThreadStopped(Path tasks) throws IOException {
    try (var threads = Files.list(tasks)) {
      for (Path task : threads.toList()) {
        String line;
        try {
          line = Files.readString(task.resolve("stat"));
        } catch (java.nio.file.NoSuchFileException gone) {
          continue; // a thread that ended meanwhile
        }
        char state = line.charAt(line.lastIndexOf(')') + 2);
        if (state != 'T' && state != 't') {
          return false;
        }
      }
    }
    return true;
  }

  public void resume() throws IOException, InterruptedException {
    signal("-CONT");
  }

  @Override
  public void close() {
    try {
      resume();
    } catch (IOException | InterruptedException | RuntimeException ignored) {
      // stopping it is what matters
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }

  private void signal(String signal) throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", signal, Long.toString(process.pid()))
            .redirectErrorStream(true)
            .start();
    String out = new String(kill.getInputStream().readAllBytes());
    if (kill.waitFor() != 0) {
      throw new IOException("kill " + signal + " s3proxy failed: " + out);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void waitUntilListening(int port, Process process, Path dir)
      throws IOException, InterruptedException {
    long until = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < until) {
      if (!process.isAlive()) {
        throw new IOException("s3proxy exited with " + process.exitValue() + ": " + logTail(dir));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IOException(
        "s3proxy did not listen on 127.0.0.1:" + port + " within " + STARTUP + ": " + logTail(dir));
  }

  private static String logTail(Path dir) throws IOException {
    String log = Files.readString(dir.resolve("s3proxy.log"));
    return log.substring(Math.max(0, log.length() - 2000));
  }
}
