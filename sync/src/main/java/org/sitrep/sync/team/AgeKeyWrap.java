package org.sitrep.sync.team;

import com.exceptionfactory.jagged.framework.stream.StandardDecryptingChannelFactory;
import com.exceptionfactory.jagged.framework.stream.StandardEncryptingChannelFactory;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaReaderFactory;
import com.exceptionfactory.jagged.x25519.X25519RecipientStanzaWriterFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.security.GeneralSecurityException;
import java.util.List;

/**
 * Wraps a 32-byte workspace key to one member's age recipient, in the real age format (so a member
 * can check a wrapped key by hand with {@code age -d}), and unwraps it with this device's age
 * identity. Failures never carry jagged's messages, which may quote key text.
 */
public final class AgeKeyWrap {

  /** Workspace keys are AES-256 / ChaCha20 keys. */
  public static final int KEY_BYTES = 32;

  private AgeKeyWrap() {}

  /** The key encrypted to {@code recipient} ({@code age1…}). */
  public static byte[] wrap(byte[] key, String recipient) throws GeneralSecurityException {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException("a workspace key has 32 bytes, not " + key.length);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WritableByteChannel channel =
        new StandardEncryptingChannelFactory()
            .newEncryptingChannel(
                Channels.newChannel(out),
                List.of(X25519RecipientStanzaWriterFactory.newRecipientStanzaWriter(recipient)))) {
      channel.write(ByteBuffer.wrap(key));
    } catch (IOException | RuntimeException e) {
      throw new GeneralSecurityException("cannot wrap a key to this recipient");
    }
    return out.toByteArray();
  }

  /**
   * The key inside {@code wrapped}, opened with {@code identity} ({@code AGE-SECRET-KEY-1…}).
   *
   * @throws GeneralSecurityException when it was not wrapped to this identity, was changed, or does
   *     not hold exactly one 32-byte key
   */
  public static byte[] unwrap(byte[] wrapped, String identity) throws GeneralSecurityException {
    byte[] key;
    try (InputStream in =
        Channels.newInputStream(
            new StandardDecryptingChannelFactory()
                .newDecryptingChannel(
                    Channels.newChannel(new ByteArrayInputStream(wrapped)),
                    List.of(
                        X25519RecipientStanzaReaderFactory.newRecipientStanzaReader(identity))))) {
      key = in.readNBytes(KEY_BYTES + 1);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      // jagged's own message is dropped on purpose: some quote the identity they were given.
      throw new GeneralSecurityException(
          "not a key wrapped to this device, or changed on the way ("
              + e.getClass().getSimpleName()
              + ")");
    }
    if (key.length != KEY_BYTES) {
      throw new GeneralSecurityException("the wrapped object does not hold a 32-byte key");
    }
    return key;
  }
}
