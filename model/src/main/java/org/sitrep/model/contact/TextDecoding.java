package org.sitrep.model.contact;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of an exported file into text. Exporters disagree: phones write UTF-8, Outlook
 * and older Windows tools write UTF-16 with a byte-order mark (sometimes without), and address
 * books of the 2000s write Latin-1. Each is detected and read rather than refused; a note says
 * which guess was made so a wrong guess is visible in the preview.
 */
public final class TextDecoding {

  /** The text and, when it was not plain UTF-8, how it was read. */
  public record Decoded(String text, Optional<String> note) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), none());
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return utf16(bytes, 2, StandardCharsets.UTF_16LE, "read as UTF-16 (little-endian, BOM)");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return utf16(bytes, 2, StandardCharsets.UTF_16BE, "read as UTF-16 (big-endian, BOM)");
    }
    int evenZeros = 0;
    int oddZeros = 0;
    int sample = Math.min(bytes.length, 4096);
    for (int i = 0; i < sample; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          evenZeros++;
        } else {
          oddZeros++;
        }
      }
    }
    // ASCII text in UTF-16 has a zero in every other byte; real UTF-8 or Latin-1 text has none.
    if (sample >= 4 && oddZeros > sample / 4 && evenZeros < oddZeros / 8) {
      return utf16(bytes, 0, StandardCharsets.UTF_16LE, "read as UTF-16 (little-endian, no BOM)");
    }
    if (sample >= 4 && evenZeros > sample / 4 && oddZeros < evenZeros / 8) {
      return utf16(bytes, 0, StandardCharsets.UTF_16BE, "read as UTF-16 (big-endian, no BOM)");
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return new Decoded(text, none());
    } catch (CharacterCodingException e) {
      // Not UTF-8: the 8-bit encoding Windows and old address books use. Windows-1252 is Latin-1
      // plus printable characters (€, “ ”) where Latin-1 has only control codes.
      return new Decoded(
          new String(bytes, WINDOWS_1252),
          Optional.of("not UTF-8: read as Latin-1 (Windows-1252); check accented names"));
    }
  }

  private static Decoded utf16(byte[] bytes, int skip, Charset charset, String note) {
    String text = new String(bytes, skip, bytes.length - skip, charset);
    return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, Optional.of(note));
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> none() {
    return Optional.empty();
  }
}
