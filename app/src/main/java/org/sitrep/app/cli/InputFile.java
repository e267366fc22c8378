package org.sitrep.app.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.model.ChangeRefusedException;

/**
 * A file an operator names on the command line to import. Every way it can be wrong (a folder, a
 * missing or unreadable file, an empty one such as /dev/null, not UTF-8) is said in one line that
 * names the path; nothing is imported.
 */
final class InputFile {

  private InputFile() {}

  static String read(Path file, String expected) {
    checkReadable(file, expected);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new ChangeRefusedException(file + " is not UTF-8 text: save or export it as UTF-8");
    } catch (IOException e) {
      throw new ChangeRefusedException("cannot import " + file + ": " + e.getMessage());
    }
    if (text.isBlank()) {
      throw new ChangeRefusedException(
          "cannot import " + file + ": it is empty; expected a " + expected + " file");
    }
    return text;
  }

  /** The file's bytes, for readers that detect the character set themselves. */
  static byte[] readBytes(Path file, String expected) {
    checkReadable(file, expected);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ChangeRefusedException("cannot import " + file + ": " + e.getMessage());
    }
    if (blank(bytes)) {
      throw new ChangeRefusedException(
          "cannot import " + file + ": it is empty; expected a " + expected + " file");
    }
    return bytes;
  }

  /** No bytes, or only blank lines (in UTF-8/Latin-1 or UTF-16, with or without a BOM). */
  private static boolean blank(byte[] bytes) {
    for (byte b : bytes) {
      int c = b & 0xff;
      boolean space = c == 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r';
      boolean bom = c == 0xfe || c == 0xff || c == 0xef || c == 0xbb || c == 0xbf;
      if (!space && !bom) {
        return false;
      }
    }
    return true;
  }

  private static void checkReadable(Path file, String expected) {
    if (Files.isDirectory(file)) {
      throw new ChangeRefusedException(
          "cannot import " + file + ": it is a folder; give one " + expected + " file");
    }
    if (!Files.exists(file)) {
      throw new ChangeRefusedException("cannot read " + file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new ChangeRefusedException("cannot import " + file + ": not readable (permissions)");
    }
  }
}
