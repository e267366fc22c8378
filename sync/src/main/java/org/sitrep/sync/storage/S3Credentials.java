package org.sitrep.sync.storage;

import java.util.Objects;

/**
 * An S3 access key pair. The secret never appears in {@link #toString()}, messages or logs; the key
 * id is not printed either, so a screenshot of an error reveals nothing about the account.
 */
public final class S3Credentials implements StorageCredentials {

  private final String accessKeyId;
  private final String secretAccessKey;

  public S3Credentials(String accessKeyId, String secretAccessKey) {
    this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
    this.secretAccessKey = Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    if (accessKeyId.isBlank() || secretAccessKey.isEmpty()) {
      throw new IllegalArgumentException("S3 credentials need an access key id and a secret");
    }
  }

  String accessKeyId() {
    return accessKeyId;
  }

  String secretAccessKey() {
    return secretAccessKey;
  }

  @Override
  public String toString() {
    return "S3 access key (hidden)";
  }
}
