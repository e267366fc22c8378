package org.sitrep.model.backup;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.sitrep.model.store.Json;
import org.sitrep.model.vault.KdfParams;

/**
 * The clear part of a backup file: the manifest, the backup public key, its private half sealed
 * under the passphrase, the wrapped file key and how the body is chunked. Its bytes are hashed into
 * every chunk's associated data.
 */
record BackupHeader(
    int format,
    BackupManifest manifest,
    String recipient,
    int kdfMemoryKiB,
    int kdfIterations,
    int kdfParallelism,
    String identitySalt,
    String identitySealed,
    String ephemeral,
    String wrappedKey,
    int chunkBytes,
    String noncePrefix) {

  static final int FORMAT = 1;

  static BackupHeader of(
      BackupManifest manifest,
      BackupRecipient recipient,
      BackupRecipient.WrappedKey wrapped,
      int chunkBytes,
      byte[] noncePrefix) {
    SealedIdentity id = recipient.identity();
    return new BackupHeader(
        FORMAT,
        manifest,
        b64(recipient.publicKey()),
        id.params().memoryKiB(),
        id.params().iterations(),
        id.params().parallelism(),
        b64(id.salt()),
        b64(id.sealed()),
        b64(wrapped.ephemeral()),
        b64(wrapped.sealed()),
        chunkBytes,
        b64(noncePrefix));
  }

  /** The recipient as stored in the file (whatever this laptop's own backup key is today). */
  BackupRecipient recipientInFile() {
    KdfParams params = new KdfParams(kdfMemoryKiB, kdfIterations, kdfParallelism);
    return new BackupRecipient(
        unb64(recipient), new SealedIdentity(params, unb64(identitySalt), unb64(identitySealed)));
  }

  BackupRecipient.WrappedKey wrapped() {
    return new BackupRecipient.WrappedKey(unb64(ephemeral), unb64(wrappedKey));
  }

  byte[] noncePrefixBytes() {
    return unb64(noncePrefix);
  }

  byte[] toBytes() {
    return Json.write(this).getBytes(StandardCharsets.UTF_8);
  }

  static BackupHeader parse(byte[] bytes, String file) {
    try {
      return Json.mapper().readValue(bytes, BackupHeader.class);
    } catch (RuntimeException e) {
      throw new BackupRefusedException(file + ": the backup header is not readable: " + e, e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static byte[] unb64(String text) {
    return Base64.getDecoder().decode(text);
  }
}
