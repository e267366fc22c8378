package org.sitrep.app.instance;

import java.io.IOException;
import java.net.BindException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sitrep.app.local.LocalSocket;
import org.sitrep.model.store.PrivateFiles;

/**
 * One window per workspace. The first window listens on {@code <data dir>/run/window.sock} (the
 * folder 0700, the socket 0600, and the peer's user checked where the JDK can tell it, as the key
 * agent does, ADR 17); a second launch on the same workspace hands its {@code --open ID} to it and
 * exits, so two windows never race over one incident. Headless commands never touch the socket.
 *
 * <p>Requests are one line: {@code SHOW} or {@code OPEN <incident>}; the answer {@code OK <pid>}.
 */
public final class SingleWindow implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(SingleWindow.class.getName());

  /** Unix socket paths are limited to about 107 bytes (sun_path). */
  static final int MAX_PATH = 100;

  private static volatile SingleWindow current;

  private final Path socket;
  private final ServerSocketChannel server;
  private volatile boolean closed;

  private SingleWindow(Path socket, ServerSocketChannel server) {
    this.socket = socket;
    this.server = server;
  }

  /** What {@link #claim} found: this process owns the window, or the running one took over. */
  public record Claim(Optional<SingleWindow> owner, Optional<String> handedOff) {}

  public static Path socketIn(Path dataDir) {
    return dataDir.toAbsolutePath().normalize().resolve("run").resolve("window.sock");
  }

  /** The window this process owns, once {@link #claim} made it the one. */
  public static Optional<SingleWindow> current() {
    return Optional.ofNullable(current);
  }

  /**
   * Becomes the workspace's window, or hands {@code open} to the window already running and says so
   * in {@link Claim#handedOff} (what to tell the operator). A socket left by a killed window is
   * replaced. Where no socket can be made (a path too long, a file system without them) this
   * process runs as a window of its own, as before, and the log says why.
   */
  public static Claim claim(Path dataDir, Optional<String> open) {
    Path socket = socketIn(dataDir);
    if (socket.toString().length() > MAX_PATH) {
      LOG.info("single window: " + socket + " is too long for a socket; not checking");
      return new Claim(Optional.empty(), Optional.empty());
    }
    try {
      PrivateFiles.createDirectory(socket.getParent());
      for (int attempt = 0; attempt < 2; attempt++) {
        Optional<String> answer = handOff(socket, open);
        if (answer.isPresent()) {
          return new Claim(Optional.empty(), answer);
        }
        Files.deleteIfExists(socket); // nobody answers: left by a window that was killed
        try {
          ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
          server.bind(UnixDomainSocketAddress.of(socket));
          PrivateFiles.restrict(socket);
          current = new SingleWindow(socket, server);
          return new Claim(Optional.of(current), Optional.empty());
        } catch (BindException e) {
          // Another window bound it between our look and our bind: hand off to it next round.
        }
      }
    } catch (IOException | UnsupportedOperationException e) {
      LOG.log(Level.INFO, "single window: cannot use " + socket + "; not checking", e);
    }
    return new Claim(Optional.empty(), Optional.empty());
  }

  /** Asks the running window to come forward (and open {@code open}); empty when none answers. */
  static Optional<String> handOff(Path socket, Optional<String> open) {
    if (!Files.exists(socket)) {
      return Optional.empty();
    }
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      LocalSocket.writeLine(channel, open.map(id -> "OPEN " + id).orElse("SHOW"));
      String answer = LocalSocket.readLine(channel);
      if (!answer.startsWith("OK ")) {
        return Optional.empty();
      }
      return Optional.of(
          "Sitrep is already open on this workspace (process "
              + answer.substring(3)
              + "): "
              + open.map(id -> "it shows " + id + " now").orElse("it was brought forward"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Answers second launches on a daemon thread: {@code onRequest} gets the incident asked for
   * (empty: just come forward). Each client is read on its own thread, so one that connects and
   * says nothing holds up nobody.
   */
  public void serve(Consumer<Optional<String>> onRequest) {
    Thread.ofPlatform()
        .daemon()
        .name("sitrep-single-window")
        .start(
            () -> {
              while (!closed) {
                try {
                  SocketChannel client = server.accept();
                  Thread.ofVirtual().start(() -> answer(client, onRequest));
                } catch (IOException e) {
                  if (!closed) {
                    LOG.log(Level.WARNING, "single window: accept failed", e);
                    return;
                  }
                }
              }
            });
  }

  private void answer(SocketChannel client, Consumer<Optional<String>> onRequest) {
    try (client) {
      if (!LocalSocket.samePerson(client, socket)) {
        LocalSocket.writeLine(client, "NO not this window's user");
        return;
      }
      String request = LocalSocket.readLine(client);
      Optional<String> open;
      if (request.equals("SHOW")) {
        open = Optional.empty();
      } else if (request.startsWith("OPEN ") && !request.substring(5).isBlank()) {
        open = Optional.of(request.substring(5).strip());
      } else {
        LocalSocket.writeLine(client, "NO unknown request");
        return;
      }
      LocalSocket.writeLine(client, "OK " + ProcessHandle.current().pid());
      onRequest.accept(open);
    } catch (IOException e) {
      LOG.log(Level.INFO, "single window: a second launch went away", e);
    }
  }

  Path socket() {
    return socket;
  }

  /** Stops answering and removes the socket (the window is closing). */
  @Override
  public void close() {
    closed = true;
    try {
      server.close();
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      // A socket left behind is replaced by the next window.
    }
    if (current == this) {
      current = null;
    }
  }

  /** Finds {@code --name VALUE} or {@code --name=VALUE} in a launch's arguments. */
  public static Optional<String> option(String[] args, String name) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith(name + "=")) {
        return Optional.of(args[i].substring(name.length() + 1));
      }
      if (args[i].equals(name) && i + 1 < args.length) {
        return Optional.of(args[i + 1]);
      }
    }
    return Optional.empty();
  }
}
