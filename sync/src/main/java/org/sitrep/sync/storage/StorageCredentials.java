package org.sitrep.sync.storage;

/**
 * What a target needs to let us in, filled by the caller (in the app, from the vault). None of the
 * implementations print their secrets: {@code toString} names the kind of credential only.
 */
public sealed interface StorageCredentials
    permits StorageCredentials.None, SshCredentials, S3Credentials {

  /** For targets that need no login: a folder. */
  StorageCredentials NONE = new None();

  /** No credentials. */
  record None() implements StorageCredentials {}
}
