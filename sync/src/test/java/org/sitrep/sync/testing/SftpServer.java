package org.sitrep.sync.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.host.HostKey;
import org.sitrep.runbooks.exec.OpenSshServer;
import org.sitrep.sync.storage.SshCredentials;
import org.sitrep.sync.storage.SyncTarget;

/**
 * A real OpenSSH sshd with {@code internal-sftp} on 127.0.0.1 for sync's storage tests: the
 * runbooks module's {@link OpenSshServer} (own config, host key, port, key login for the current
 * user), plus what sync's tests need on top — targets, credentials, and pausing the server to play
 * a laptop that fell asleep. Fails, never skips, when sshd is missing ({@code .ci/run} installs
 * it). Start one per test class: it takes about 0.3 s.
 */
public final class SftpServer implements AutoCloseable {

  private final OpenSshServer sshd;

  private SftpServer(OpenSshServer sshd) {
    this.sshd = sshd;
  }

  public static SftpServer start(Path dir) throws IOException, InterruptedException {
    return new SftpServer(OpenSshServer.start(dir));
  }

  public int port() {
    return sshd.port();
  }

  public HostKey hostKey() {
    return sshd.hostKey();
  }

  /** A target for {@code folder}, a local path: the server runs on this machine as this user. */
  public SyncTarget.Sftp target(Path folder) {
    return new SyncTarget.Sftp(
        System.getProperty("user.name"), "127.0.0.1", port(), folder.toAbsolutePath().toString());
  }

  /** Logs in with the server's authorized test key, host key pinned. */
  public SshCredentials credentials() throws IOException {
    return SshCredentials.privateKey(hostKey(), Files.readAllBytes(sshd.clientKey()), null);
  }

  /**
   * Stops sshd and every session process it forked (SIGSTOP): connections stay open but nothing
   * answers, as when the other end sleeps. {@link #resume()} continues them.
   */
  public void pause() throws IOException, InterruptedException {
    signal("-STOP");
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
    sshd.close();
  }

  private void signal(String signal) throws IOException, InterruptedException {
    long pid = Long.parseLong(Files.readString(sshd.dir().resolve("sshd.pid")).strip());
    List<String> command = new ArrayList<>(List.of("kill", signal, Long.toString(pid)));
    ProcessHandle.of(pid)
        .ifPresent(p -> p.descendants().forEach(d -> command.add(Long.toString(d.pid()))));
    Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(kill.getInputStream().readAllBytes());
    if (kill.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + out);
    }
  }
}
