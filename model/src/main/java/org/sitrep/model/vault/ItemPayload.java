package org.sitrep.model.vault;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What an item keeps encrypted: the secret and the notes, as length-prefixed UTF-8, so neither ever
 * passes through a String on the way in or out. Sealed with the item id and its seal as associated
 * data: a payload copied onto another item, or an item whose seal was edited off, fails to open.
 */
final class ItemPayload {

  private ItemPayload() {}

  static byte[] seal(byte[] vaultKey, String itemId, Seal seal, char[] secret, char[] notes) {
    byte[] s = Argon2id.utf8(secret);
    byte[] n = Argon2id.utf8(notes);
    ByteBuffer plain = ByteBuffer.allocate(8 + s.length + n.length);
    plain.putInt(s.length).put(s).putInt(n.length).put(n);
    try {
      return Aead.seal(vaultKey, binding(itemId, seal), plain.array());
    } finally {
      Arrays.fill(s, (byte) 0);
      Arrays.fill(n, (byte) 0);
      Arrays.fill(plain.array(), (byte) 0);
    }
  }

  /** The secret and notes; {@link TamperedException} when the payload is not this item's. */
  static Opened open(byte[] vaultKey, String itemId, Seal seal, byte[] payload) {
    byte[] plain = Aead.open(vaultKey, binding(itemId, seal), payload);
    try {
      ByteBuffer in = ByteBuffer.wrap(plain);
      char[] secret = chars(in, in.getInt());
      char[] notes = chars(in, in.getInt());
      return new Opened(secret, notes);
    } catch (RuntimeException e) {
      throw new TamperedException("payload of item " + itemId + " is malformed");
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  static String binding(String itemId, Seal seal) {
    return "sitrep-vault/1 item " + itemId + " seal=" + seal;
  }

  private static char[] chars(ByteBuffer in, int length) {
    ByteBuffer slice = in.slice(in.position(), length);
    in.position(in.position() + length);
    try {
      CharBuffer decoded = StandardCharsets.UTF_8.newDecoder().decode(slice);
      char[] out = Arrays.copyOfRange(decoded.array(), decoded.position(), decoded.limit());
      Arrays.fill(decoded.array(), '\0');
      return out;
    } catch (CharacterCodingException e) {
      throw new TamperedException("payload is not UTF-8");
    }
  }

  /** Both opened fields; {@link #wipe()} when done. */
  record Opened(char[] secret, char[] notes) {
    void wipe() {
      Arrays.fill(secret, '\0');
      Arrays.fill(notes, '\0');
    }

    @Override
    public String toString() {
      return "Opened[hidden]";
    }
  }
}
