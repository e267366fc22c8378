package org.sitrep.sync.storage;

/**
 * Opens the storage a {@link SyncTarget} names, with the credentials the caller took from the
 * vault. Nothing is contacted here: network drivers connect on first use, so opening works offline.
 */
public final class StorageFactory {

  private StorageFactory() {}

  /** Opens {@code target} with the default timeouts. */
  public static SyncStorage open(SyncTarget target, StorageCredentials credentials) {
    return open(target, credentials, StorageTimeouts.DEFAULT);
  }

  /** Parses {@code targetUri} (see {@link SyncTargetUri}) and opens it. */
  public static SyncStorage open(String targetUri, StorageCredentials credentials) {
    return open(SyncTargetUri.parse(targetUri), credentials);
  }

  /**
   * Opens {@code target}.
   *
   * @throws IllegalArgumentException when the credentials are not of the kind the target needs
   */
  public static SyncStorage open(
      SyncTarget target, StorageCredentials credentials, StorageTimeouts timeouts) {
    if (target instanceof SyncTarget.Folder folder) {
      return new FolderStorage(folder.dir());
    }
    if (target instanceof SyncTarget.Sftp sftp) {
      if (credentials instanceof SshCredentials ssh) {
        return new SftpStorage(sftp, ssh, timeouts);
      }
      throw mismatch(
          target,
          "SSH credentials (a private key or password, and the pinned host key)",
          credentials);
    }
    if (target instanceof SyncTarget.S3 s3) {
      if (credentials instanceof S3Credentials keys) {
        return new S3Storage(s3, keys, timeouts);
      }
      throw mismatch(target, "an S3 access key", credentials);
    }
    throw new IllegalArgumentException("unknown target kind: " + target.uri());
  }

  /**
   * Opens {@code targetUri} as a public web folder (the status page's publish target): the same
   * drivers as sync, replacing files instead of writing once.
   */
  public static PublicFiles openPublic(String targetUri, StorageCredentials credentials) {
    return (PublicFiles) open(SyncTargetUri.parse(targetUri), credentials);
  }

  private static IllegalArgumentException mismatch(
      SyncTarget target, String needed, StorageCredentials given) {
    // given.toString() names the kind of credential only, never its secret
    return new IllegalArgumentException(
        target.uri() + " needs " + needed + ", but was given " + given);
  }
}
