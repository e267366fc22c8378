package org.sitrep.runbooks.format;

/**
 * Removes terminal control characters from runbook text. A runbook is shown in the window and its
 * commands reach a terminal: {@code ESC]0;…BEL} would retitle it and {@code ESC[2J} clear it, so an
 * imported page must not carry them (issue 24). Tabs and newlines stay.
 */
final class ControlChars {
  private static final char ESC = 0x1B;
  private static final char BEL = 0x07;

  private ControlChars() {}

  /** The index of the first control character other than tab and newline, or -1. */
  static int first(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code text} without control characters. Whole escape sequences go, not only their ESC: an OSC
   * ({@code ESC ]} … {@code BEL} or {@code ESC \}) and a CSI ({@code ESC [} parameters, final
   * letter), so no "]0;title" debris is left behind.
   */
  static String strip(String text) {
    if (first(text) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ESC && i + 1 < text.length() && text.charAt(i + 1) == ']') {
        i = endOfOsc(text, i + 2);
      } else if (c == ESC && i + 1 < text.length() && text.charAt(i + 1) == '[') {
        i = endOfCsi(text, i + 2);
      } else {
        if (!isControl(c)) {
          out.append(c);
        }
        i++;
      }
    }
    return out.toString();
  }

  private static int endOfOsc(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == BEL || c == '\n') {
        return c == '\n' ? i : i + 1;
      }
      if (c == ESC) {
        return i + 1 < text.length() && text.charAt(i + 1) == '\\' ? i + 2 : i;
      }
    }
    return text.length();
  }

  private static int endOfCsi(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x40 && c <= 0x7E) {
        return i + 1;
      }
      if (c < 0x20 || c > 0x3F) {
        return i; // not a CSI after all: drop only the "ESC ["
      }
    }
    return text.length();
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || (c >= 0x80 && c <= 0x9F);
  }
}
