package org.sitrep.sync.storage;

import java.net.URI;

/** The {@code sftp://user@host[:port]/abs/path} part of {@link SyncTargetUri}. */
final class SftpUriParser {

  private SftpUriParser() {}

  static SyncTarget.Sftp parse(URI uri, SyncTargetUri.Problems problems) {
    String authority = uri.getRawAuthority();
    if (uri.isOpaque() || authority == null || authority.isEmpty()) {
      throw problems.of("no host (write sftp://USER@HOST/path)");
    }
    int at = authority.lastIndexOf('@');
    if (at < 0) {
      throw problems.of("no user (write sftp://USER@" + authority + "/...)");
    }
    String user = authority.substring(0, at);
    if (user.contains(":")) {
      throw problems.of(
          "contains a password: keep it in the vault, not in the URI (write sftp://USER@host/...)");
    }
    if (!SyncTargetUri.validUser(user)) {
      throw problems.of("user '" + user + "' is not a valid login name");
    }
    String hostPort = authority.substring(at + 1);
    String host;
    String port = "";
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw problems.of("IPv6 address without ']'");
      }
      host = hostPort.substring(1, close);
      port = hostPort.substring(close + 1).replaceFirst("^:", "");
    } else {
      int colon = hostPort.lastIndexOf(':');
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      port = colon < 0 ? "" : hostPort.substring(colon + 1);
    }
    if (host.isEmpty()) {
      throw problems.of("no host (write sftp://" + user + "@HOST/path)");
    }
    String path = uri.getPath();
    if (path == null || path.isEmpty()) {
      throw problems.of("no folder (write sftp://" + user + "@" + hostPort + "/path/to/folder)");
    }
    if (path.contains("*")
        || path.contains("?")
        || path.contains("\\")
        || path.contains("/../")
        || path.endsWith("/..")) {
      throw problems.of("folder '" + path + "' contains * ? \\ or .. (not allowed)");
    }
    problems.refuseQuery(uri);
    return new SyncTarget.Sftp(user, host, port(port, problems), path);
  }

  private static int port(String text, SyncTargetUri.Problems problems) {
    if (text.isEmpty()) {
      return 22;
    }
    try {
      int port = Integer.parseInt(text);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw problems.of("port '" + text + "' is not a number from 1 to 65535");
  }
}
