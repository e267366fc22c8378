package org.sitrep.runbooks.exec;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sitrep.model.host.Host;
import org.sitrep.model.host.HostKey;

/**
 * A real OpenSSH sshd (Debian's openssh-server) on 127.0.0.1 with its own config, host key and
 * authorized key, for integration tests. It fails, never skips, when sshd is not installed: {@code
 * .ci/run} installs it.
 */
public final class OpenSshServer implements AutoCloseable {

  static final Path SSHD = Path.of("/usr/sbin/sshd");

  private final Path dir;
  private final int port;
  private final Process process;
  private final HostKey hostKey;

  private OpenSshServer(Path dir, int port, Process process, HostKey hostKey) {
    this.dir = dir;
    this.port = port;
    this.process = process;
    this.hostKey = hostKey;
  }

  public static OpenSshServer start(Path dir) throws IOException, InterruptedException {
    if (!Files.isExecutable(SSHD)) {
      throw new IllegalStateException(
          SSHD
              + " is missing: these tests need Debian's openssh-server (.ci/run installs it;"
              + " or apt-get install openssh-server)");
    }
    Files.createDirectories(dir);
    keygen(dir.resolve("host_ed25519"));
    keygen(dir.resolve("client_ed25519"));
    Files.copy(dir.resolve("client_ed25519.pub"), dir.resolve("authorized_keys"));
    int port = freePort();
    Files.writeString(
        dir.resolve("sshd_config"),
        String.join(
            "\n",
            "Port " + port,
            "ListenAddress 127.0.0.1",
            "HostKey " + dir.resolve("host_ed25519"),
            "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
            "PidFile " + dir.resolve("sshd.pid"),
            "UsePAM no",
            "StrictModes no",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PubkeyAuthentication yes",
            "PermitRootLogin prohibit-password",
            "AllowTcpForwarding yes",
            "MaxSessions 50",
            "MaxStartups 100:30:200",
            "LogLevel ERROR",
            "Subsystem sftp internal-sftp",
            ""));
    if ("root".equals(System.getProperty("user.name"))) {
      // sshd started as root insists on its privilege-separation directory.
      Files.createDirectories(Path.of("/run/sshd"));
    }
    Process process =
        new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("sshd.log").toFile())
            .start();
    waitUntilListening(port, process, dir);
    HostKey key = HostKey.parse(Files.readString(dir.resolve("host_ed25519.pub")));
    return new OpenSshServer(dir, port, process, key);
  }

  public int port() {
    return port;
  }

  public HostKey hostKey() {
    return hostKey;
  }

  public Path clientKey() {
    return dir.resolve("client_ed25519");
  }

  public Path dir() {
    return dir;
  }

  /** The server as an inventory entry, key pinned, logging in with the test client key. */
  public Host host(String name) {
    return Host.of(name, "127.0.0.1", port, System.getProperty("user.name"))
        .withIdentity(clientKey().toString())
        .withHostKey(hostKey);
  }

  /** Command lines of this user's processes whose command line contains {@code marker}. */
  public static List<String> processesMatching(String marker) throws IOException {
    List<String> found = new ArrayList<>();
    try (var procs = Files.list(Path.of("/proc"))) {
      for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        try {
          String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
          if (cmd.contains(marker) && !cmd.contains("processesMatching")) {
            found.add(p.getFileName() + ": " + cmd.strip());
          }
        } catch (IOException gone) {
          // The process ended while we looked.
        }
      }
    }
    return found;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroyForcibly();
  }

  private static void keygen(Path file) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "ssh-keygen",
                "-q",
                "-t",
                "ed25519",
                "-N",
                "",
                "-C",
                "sitrep-test",
                "-f",
                file.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IOException("ssh-keygen failed: " + out);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void waitUntilListening(int port, Process process, Path dir)
      throws IOException, InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < until) {
      if (!process.isAlive()) {
        throw new IOException("sshd exited: " + Files.readString(dir.resolve("sshd.log")));
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IOException("sshd did not listen on 127.0.0.1:" + port + " within 10 s");
  }
}
