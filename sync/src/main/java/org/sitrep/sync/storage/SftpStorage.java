package org.sitrep.sync.storage;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.SftpException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An SFTP server (OpenSSH, a NAS, a hosted box) as sync storage. Keys map to nested directories
 * under the target's path, created on demand.
 *
 * <p>Write-once: an object is uploaded to a hidden temporary name ({@code .<name>.tmp-<uuid>},
 * never listed) in its final directory, then published under its key without ever replacing an
 * existing object — by a hard link where the server offers one (OpenSSH does), else
 * check-then-rename; see {@link SftpPublish} for why JSch's rename alone would not do.
 *
 * <p>One connection, opened on first use and reopened after it breaks; calls are serialised.
 */
public final class SftpStorage implements SyncStorage, PublicFiles {

  static final String TEMP_MARK = ".tmp-";

  private final SyncTarget.Sftp target;
  private final SshCredentials login;
  private final StorageTimeouts timeouts;
  private final String root;
  private final SftpListing listing;
  private SftpConnection connection;

  public SftpStorage(SyncTarget.Sftp target, SshCredentials login, StorageTimeouts timeouts) {
    this.target = target;
    this.login = login;
    this.timeouts = timeouts;
    this.root = target.path().length() > 1 ? target.path().replaceAll("/+$", "") : "";
    this.listing = new SftpListing(root);
  }

  @Override
  public synchronized void putIfAbsent(String key, byte[] bytes) throws IOException {
    String path = path(key);
    int slash = path.lastIndexOf('/');
    String dir = path.substring(0, slash);
    String temp = dir + "/." + path.substring(slash + 1) + TEMP_MARK + UUID.randomUUID();
    ChannelSftp ch = channel();
    try {
      SftpPaths.mkdirs(ch, dir);
      if (SftpPaths.exists(ch, path)) {
        throw new ObjectExistsException(key); // before uploading megabytes for nothing
      }
      try {
        ch.put(new ByteArrayInputStream(bytes), temp, ChannelSftp.OVERWRITE);
        SftpPublish.forServer(ch).publish(ch, temp, path, key);
      } finally {
        SftpPaths.removeQuietly(ch, temp);
      }
    } catch (SftpException e) {
      throw failure("writing " + key, e);
    }
  }

  /**
   * Replaces a public file: upload under a temporary name, then rename over the old one
   * (posix-rename, which replaces); on a server without it, remove the old file first.
   */
  @Override
  public synchronized void replace(String name, byte[] bytes, String contentType)
      throws IOException {
    String path = path(name);
    int slash = path.lastIndexOf('/');
    String dir = path.substring(0, slash);
    String temp = dir + "/." + path.substring(slash + 1) + TEMP_MARK + UUID.randomUUID();
    ChannelSftp ch = channel();
    try {
      SftpPaths.mkdirs(ch, dir);
      try {
        ch.put(new ByteArrayInputStream(bytes), temp, ChannelSftp.OVERWRITE);
        ch.chmod(0644, temp);
        try {
          ch.rename(temp, path);
        } catch (SftpException plainRename) {
          SftpPaths.removeQuietly(ch, path);
          ch.rename(temp, path);
        }
      } finally {
        SftpPaths.removeQuietly(ch, temp);
      }
    } catch (SftpException e) {
      throw failure("publishing " + name, e);
    }
  }

  @Override
  public synchronized Optional<byte[]> get(String key) throws IOException {
    String path = path(key);
    ChannelSftp ch = channel();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ch.get(path, out);
      return Optional.of(out.toByteArray());
    } catch (SftpException e) {
      if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
        return Optional.empty();
      }
      throw failure("reading " + key, e);
    }
  }

  @Override
  public synchronized List<String> list(String prefix, String startAfter) throws IOException {
    StorageKeys.checkPrefix(prefix);
    ChannelSftp ch = channel();
    try {
      List<String> keys = new ArrayList<>();
      listing.collect(ch, prefix, startAfter, keys);
      keys.sort(null);
      return keys;
    } catch (SftpException e) {
      throw failure("listing " + prefix, e);
    }
  }

  @Override
  public synchronized void delete(String key) throws IOException {
    String path = path(key);
    ChannelSftp ch = channel();
    try {
      ch.rm(path);
    } catch (SftpException e) {
      if (e.id != ChannelSftp.SSH_FX_NO_SUCH_FILE) {
        throw failure("deleting " + key, e);
      }
    }
  }

  /** Where this storage is. */
  public SyncTarget.Sftp target() {
    return target;
  }

  @Override
  public String describe() {
    return target.uri();
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  private String path(String key) {
    return root + "/" + StorageKeys.check(key);
  }

  private ChannelSftp channel() throws StorageUnavailableException {
    if (connection != null && !connection.isOpen()) {
      close();
    }
    if (connection == null) {
      connection = SftpConnection.open(target, login, timeouts);
    }
    return connection.channel();
  }

  private IOException failure(String what, SftpException e) {
    String where = describe() + ": " + what;
    if (connection == null
        || !connection.isOpen()
        || e.id == ChannelSftp.SSH_FX_CONNECTION_LOST
        || e.id == ChannelSftp.SSH_FX_NO_CONNECTION) {
      close();
      return new StorageUnavailableException(
          where + ": connection lost (" + e.getMessage() + ")", e);
    }
    if (e.id == ChannelSftp.SSH_FX_PERMISSION_DENIED) {
      return new StorageUnavailableException(where + ": permission denied by the server", e);
    }
    return new IOException(where + ": " + e.getMessage(), e);
  }
}
