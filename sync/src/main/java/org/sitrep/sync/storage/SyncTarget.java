package org.sitrep.sync.storage;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where a team's sync objects live, as parsed from a target URI by {@link SyncTargetUri}. Holds no
 * secrets: those travel separately as {@link StorageCredentials}.
 */
public sealed interface SyncTarget permits SyncTarget.Folder, SyncTarget.Sftp, SyncTarget.S3 {

  /** The target written back as a URI, for settings and status lines. */
  String uri();

  /** A folder on this machine or a mounted share: {@code file:///abs/path}. */
  record Folder(Path dir) implements SyncTarget {
    @Override
    public String uri() {
      return dir.toUri().toString();
    }
  }

  /**
   * An SFTP server: {@code sftp://user@host:port/abs/path}.
   *
   * @param path absolute directory on the server that holds the keys
   */
  record Sftp(String user, String host, int port, String path) implements SyncTarget {
    @Override
    public String uri() {
      String h = host.contains(":") ? "[" + host + "]" : host;
      return "sftp://" + user + "@" + h + (port == 22 ? "" : ":" + port) + path;
    }
  }

  /**
   * An S3-compatible bucket addressed path-style ({@code endpoint/bucket/key}).
   *
   * @param keyPrefix empty, or ends with a slash: prepended to every key
   */
  record S3(String bucket, String keyPrefix, URI endpoint, String region) implements SyncTarget {
    @Override
    public String uri() {
      return "s3://" + bucket + "/" + keyPrefix + "?endpoint=" + endpoint + "&region=" + region;
    }
  }
}
