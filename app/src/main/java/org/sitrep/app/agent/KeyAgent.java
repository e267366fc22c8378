package org.sitrep.app.agent;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.sitrep.app.local.LocalSocket;
import org.sitrep.model.store.PrivateFiles;
import org.sitrep.model.vault.HeldKeys;

/**
 * Holds one workspace's unlocked keys for headless commands, like {@code ssh-agent} (ADR 17): on a
 * Unix domain socket in a 0700 folder, for this user only, until {@code STOP} or until nobody asked
 * for {@code idle}; then the keys are wiped and the socket removed.
 */
public final class KeyAgent {

  private final Path socket;
  private final Duration idle;
  private final InstantSource clock;
  private HeldKeys keys;
  private volatile Instant lastUsed;
  private volatile boolean stopping;
  private ServerSocketChannel server;

  public KeyAgent(Path socket, HeldKeys keys, Duration idle, InstantSource clock) {
    this.socket = socket;
    this.keys = keys;
    this.idle = idle;
    this.clock = clock;
    this.lastUsed = clock.instant();
  }

  /** Binds the socket; refused when another agent answers on it already. */
  public void bind() throws IOException {
    AgentSocket.prepareFolder(socket);
    if (Files.exists(socket)) {
      if (AgentClient.ping(socket).isPresent()) {
        throw new IOException("an agent is already running on " + socket);
      }
      Files.delete(socket); // left by an agent that was killed
    }
    server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(socket));
    PrivateFiles.restrict(socket);
  }

  /**
   * Answers requests until stopped or idle; wipes the keys and removes the socket on the way out.
   */
  public void serve() {
    Thread watchdog = Thread.ofPlatform().daemon().name("sitrep-agent-idle").start(this::watch);
    try {
      while (!stopping) {
        try (SocketChannel client = server.accept()) {
          answer(client);
        } catch (IOException e) {
          if (!stopping) {
            continue; // one bad client does not stop the agent
          }
        }
      }
    } finally {
      shutDown();
      watchdog.interrupt();
    }
  }

  private void answer(SocketChannel client) throws IOException {
    if (!LocalSocket.samePerson(client, socket)) {
      LocalSocket.writeLine(client, "NO not this agent's user");
      return;
    }
    String request = LocalSocket.readLine(client);
    if (expired()) {
      LocalSocket.writeLine(client, "NO the agent forgot the keys after " + idle);
      stopping = true;
      return;
    }
    switch (request) {
      case AgentProtocol.KEYS:
        lastUsed = clock.instant();
        LocalSocket.writeLine(client, "OK " + AgentProtocol.encode(keys));
        break;
      case AgentProtocol.PING:
        LocalSocket.writeLine(client, "OK " + ProcessHandle.current().pid());
        break;
      case AgentProtocol.STOP:
        LocalSocket.writeLine(client, "OK stopping");
        stopping = true;
        break;
      default:
        LocalSocket.writeLine(client, "NO unknown request");
    }
  }

  private boolean expired() {
    return !clock.instant().isBefore(lastUsed.plus(idle));
  }

  private void watch() {
    try {
      while (!stopping) {
        Thread.sleep(Math.max(10, Math.min(idle.toMillis() / 4, 30_000)));
        if (expired()) {
          stopping = true;
          server.close(); // wakes accept()
        }
      }
    } catch (InterruptedException | IOException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void shutDown() {
    stopping = true;
    if (keys != null) {
      keys.wipe();
      keys = null;
    }
    try {
      server.close();
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      // The socket file of a dead agent is removed by the next start.
    }
  }
}
