package org.sitrep.model.backup;

import java.nio.ByteBuffer;
import org.sitrep.model.vault.PassphraseKeys;
import org.sitrep.model.vault.TamperedException;

/**
 * The body of a backup as a stream of AES-256-GCM chunks (the STREAM construction): chunk {@code
 * i}'s nonce is a random 7-byte prefix, {@code i} as 4 bytes and a final-chunk flag, and every
 * chunk binds the header's hash. Chunks cannot be reordered, dropped, cut off at the end or moved
 * into another backup without a chunk failing to open.
 */
final class ChunkCipher {

  static final int PREFIX_BYTES = 7;
  static final int DEFAULT_CHUNK = 1 << 20;

  private final byte[] key;
  private final byte[] prefix;
  private final byte[] headerHash;

  ChunkCipher(byte[] key, byte[] prefix, byte[] headerHash) {
    this.key = key;
    this.prefix = prefix;
    this.headerHash = headerHash;
  }

  byte[] seal(int index, boolean last, byte[] plain) {
    return PassphraseKeys.encrypt(key, nonce(index, last), headerHash, plain);
  }

  byte[] open(int index, boolean last, byte[] sealed, String file) {
    try {
      return PassphraseKeys.decrypt(key, nonce(index, last), headerHash, sealed);
    } catch (TamperedException e) {
      throw new BackupRefusedException(
          file
              + ": part "
              + (index + 1)
              + " of the encrypted body does not open: the file was changed, or parts of two"
              + " backups were put together");
    }
  }

  private byte[] nonce(int index, boolean last) {
    ByteBuffer b = ByteBuffer.allocate(12);
    b.put(prefix).putInt(index).put((byte) (last ? 1 : 0));
    return b.array();
  }

  void wipe() {
    java.util.Arrays.fill(key, (byte) 0);
  }
}
