package org.sitrep.app.agent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.sitrep.model.store.PrivateFiles;

/**
 * Where the agent of one workspace listens: {@code $XDG_RUNTIME_DIR/sitrep/agent-<hash>.sock} (a
 * per-login tmpfs, gone at logout) or, without one, {@code <data dir>/run/agent.sock}. The folder
 * is 0700, so only this user can reach the socket: that is the peer check the file system gives for
 * free (ADR 17); the agent also compares the peer's user where the JDK can tell it.
 */
public final class AgentSocket {

  private AgentSocket() {}

  /** The socket for the workspace in {@code dataDir}, from this process's environment. */
  public static Path forWorkspace(Path dataDir) {
    return resolve(dataDir, System.getenv());
  }

  static Path resolve(Path dataDir, Map<String, String> env) {
    Path absolute = dataDir.toAbsolutePath().normalize();
    String runtime = env.get("XDG_RUNTIME_DIR");
    if (runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute()) {
      return Path.of(runtime, "sitrep", "agent-" + shortHash(absolute.toString()) + ".sock");
    }
    return absolute.resolve("run").resolve("agent.sock");
  }

  /** Makes the socket's folder 0700 (narrowing it when it exists). */
  static void prepareFolder(Path socket) throws IOException {
    PrivateFiles.createDirectory(socket.getParent());
  }

  private static String shortHash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JDK has no SHA-256", e);
    }
  }
}
