package org.sitrep.app.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * What the key agent and the one-window hand-over share on their Unix-domain sockets: one UTF-8
 * line each way, at most {@link #MAX_LINE} bytes so no caller can make the listener buffer more,
 * and the peer's user checked against the owner of the socket's 0700 folder.
 */
public final class LocalSocket {

  public static final int MAX_LINE = 4096;

  private LocalSocket() {}

  public static void writeLine(SocketChannel channel, String line) throws IOException {
    ByteBuffer out = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
    while (out.hasRemaining()) {
      channel.write(out);
    }
  }

  public static String readLine(SocketChannel channel) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    ByteBuffer one = ByteBuffer.allocate(1);
    while (line.size() < MAX_LINE) {
      one.clear();
      if (channel.read(one) < 0) {
        break;
      }
      byte b = one.get(0);
      if (b == '\n') {
        break;
      }
      line.write(b);
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  /** The peer's user, where the JDK can tell it, must own the folder holding {@code socket}. */
  public static boolean samePerson(SocketChannel client, Path socket) throws IOException {
    if (!client.supportedOptions().contains(ExtendedSocketOptions.SO_PEERCRED)) {
      return true; // the 0700 folder already kept everyone else out
    }
    UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
    String owner = Files.getOwner(socket.getParent()).getName();
    return Optional.ofNullable(peer).map(p -> p.user().getName()).orElse("").equals(owner);
  }
}
