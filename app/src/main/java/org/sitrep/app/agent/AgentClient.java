package org.sitrep.app.agent;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.app.local.LocalSocket;
import org.sitrep.model.vault.HeldKeys;

/** What headless commands ask the agent: its keys, whether it runs, and to stop. */
public final class AgentClient {

  private AgentClient() {}

  /** The keys the agent holds; empty when no agent answers (none started, stopped or idle). */
  public static Optional<HeldKeys> keys(Path socket) {
    return ask(socket, AgentProtocol.KEYS).map(AgentProtocol::decode);
  }

  /** The agent's process id, when one answers. */
  public static Optional<Long> ping(Path socket) {
    return ask(socket, AgentProtocol.PING).map(Long::parseLong);
  }

  /** Asks the agent to wipe its keys and exit; false when none was running. */
  public static boolean stop(Path socket) {
    return ask(socket, AgentProtocol.STOP).isPresent();
  }

  private static Optional<String> ask(Path socket, String request) {
    if (!Files.exists(socket)) {
      return Optional.empty();
    }
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      LocalSocket.writeLine(channel, request);
      String answer = LocalSocket.readLine(channel);
      return answer.startsWith("OK ") ? Optional.of(answer.substring(3)) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty(); // a socket nobody listens on is no agent
    }
  }
}
