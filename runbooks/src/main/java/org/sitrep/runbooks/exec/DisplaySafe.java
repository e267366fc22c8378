package org.sitrep.runbooks.exec;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Turns bytes a command wrote into text that is safe to store and show: terminal escape sequences
 * removed (they could repaint or hide lines), other control characters made visible, and output
 * that is not text at all summarised instead of dumped.
 */
final class DisplaySafe {

  private static final Pattern ANSI =
      Pattern.compile(
          "\u001B(?:\\[[0-9;?]*[ -/]*[@-~]|\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?|[@-Z\\\\-_])");

  private DisplaySafe() {}

  /** NUL bytes or a high share of control bytes: an executable, an image, compressed data. */
  static boolean looksBinary(byte[] bytes, int length) {
    int sample = Math.min(length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x1b) {
        control++;
      }
    }
    return sample > 0 && control * 10 > sample;
  }

  static String binarySummary(byte[] bytes, int length, long total) {
    int shown = Math.min(length, 32);
    return "[binary output, "
        + org.sitrep.model.command.Captured.size(total)
        + " — not shown; starts with "
        + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, shown)
        + "]";
  }

  static String text(byte[] bytes, int offset, int length) {
    return clean(new String(bytes, offset, length, StandardCharsets.UTF_8));
  }

  static String clean(String raw) {
    String s = raw.indexOf('\u001B') < 0 ? raw : ANSI.matcher(raw).replaceAll("");
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        out.append(String.format("\\x%02x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
