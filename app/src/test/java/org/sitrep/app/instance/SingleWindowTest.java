package org.sitrep.app.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.cli.Cli;

/**
 * Two launches on one workspace: the first becomes its window, the second hands its {@code --open}
 * over the real Unix socket and is told so; a socket left by a killed window is replaced; junk is
 * refused; headless commands run beside the window.
 */
class SingleWindowTest {

  @TempDir Path dir;
  private final BlockingQueue<Optional<String>> asked = new LinkedBlockingQueue<>();

  @AfterEach
  void closeWindow() {
    SingleWindow.current().ifPresent(SingleWindow::close);
  }

  private SingleWindow firstWindow() {
    SingleWindow.Claim first = SingleWindow.claim(dir, Optional.empty());
    assertThat(first.handedOff()).isEmpty();
    assertThat(first.owner()).isPresent();
    first.owner().get().serve(asked::add);
    return first.owner().get();
  }

  @Test
  void aSecondLaunchHandsItsIncidentToTheRunningWindow() throws Exception {
    SingleWindow window = firstWindow();
    Path socket = SingleWindow.socketIn(dir);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())))
        .isEqualTo("rwx------");

    SingleWindow.Claim second = SingleWindow.claim(dir, Optional.of("7KQ2"));
    assertThat(second.owner()).isEmpty();
    assertThat(second.handedOff())
        .contains(
            "Sitrep is already open on this workspace (process "
                + ProcessHandle.current().pid()
                + "): it shows 7KQ2 now");
    assertThat(asked.poll(30, TimeUnit.SECONDS)).contains("7KQ2");

    SingleWindow.Claim third = SingleWindow.claim(dir, Optional.empty());
    assertThat(third.handedOff().orElseThrow()).endsWith("it was brought forward");
    assertThat(asked.poll(30, TimeUnit.SECONDS)).isEmpty();

    window.close();
    assertThat(socket).doesNotExist();
    SingleWindow.Claim afterClose = SingleWindow.claim(dir, Optional.of("7KQ2"));
    assertThat(afterClose.owner()).isPresent();
    assertThat(afterClose.handedOff()).isEmpty();
  }

  @Test
  void aSocketLeftByAKilledWindowIsReplaced() throws Exception {
    Path socket = SingleWindow.socketIn(dir);
    Files.createDirectories(socket.getParent());
    // Bound and closed without removing the file: what kill -9 leaves behind.
    try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      dead.bind(UnixDomainSocketAddress.of(socket));
    }
    assertThat(socket).exists();

    SingleWindow.Claim claim = SingleWindow.claim(dir, Optional.of("7KQ2"));
    assertThat(claim.handedOff()).isEmpty();
    assertThat(claim.owner()).isPresent();
  }

  @Test
  void anythingButShowOrOpenIsRefusedAndNotActedOn() throws Exception {
    firstWindow();
    for (String junk : new String[] {"DELETE everything", "OPEN ", ""}) {
      try (SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX)) {
        client.connect(UnixDomainSocketAddress.of(SingleWindow.socketIn(dir)));
        org.sitrep.app.local.LocalSocket.writeLine(client, junk);
        assertThat(org.sitrep.app.local.LocalSocket.readLine(client))
            .as(junk)
            .isEqualTo("NO unknown request");
      }
    }
    // A good request after the junk is the first thing the window hears.
    SingleWindow.claim(dir, Optional.of("INC-1"));
    assertThat(asked.poll(30, TimeUnit.SECONDS)).contains("INC-1");
    assertThat(asked).isEmpty();
  }

  @Test
  void headlessCommandsRunBesideTheWindow() {
    firstWindow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] declare = {
      "--data-dir",
      dir.toString(),
      "--as",
      "Dana Okafor",
      "incident",
      "declare",
      "--title",
      "Checkout API 502s",
      "--sev",
      "2"
    };
    int code =
        Cli.run(
            declare,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("INC-");
    assertThat(asked).isEmpty();
    assertThat(SingleWindow.current()).isPresent();
  }

  @Test
  void optionsAreReadInBothSpellings() {
    String[] args = {"--data-dir=/tmp/ws", "--open", "7KQ2"};
    assertThat(SingleWindow.option(args, "--data-dir")).contains("/tmp/ws");
    assertThat(SingleWindow.option(args, "--open")).contains("7KQ2");
    assertThat(SingleWindow.option(args, "--as")).isEmpty();
  }
}
