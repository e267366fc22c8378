package org.sitrep.runbooks.format;

import java.util.Optional;

/**
 * Cheap checks made before any parsing, so no file can make the parser hang or overflow its stack:
 * a size cap and a cap on how deep lists and quotes can nest.
 */
final class SourceLimits {
  static final int MAX_BYTES = 2 * 1024 * 1024;
  static final int MAX_NESTING = 100;

  private SourceLimits() {}

  /** The UTF-8 size of {@code text}, counted without encoding it. */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * The first body line (0-based) that could open more than {@link #MAX_NESTING} lists or quotes.
   * Each level needs a marker ({@code >}, {@code -}, {@code 1.}) or at least two more columns of
   * indentation on the line that opens it, so counting both bounds the depth from above.
   */
  static Optional<Integer> tooDeeplyNested(String body) {
    int lineIndex = 0;
    int lineStart = 0;
    while (lineStart <= body.length()) {
      int end = body.indexOf('\n', lineStart);
      if (end < 0) {
        end = body.length();
      }
      if (nestingBound(body, lineStart, end) > MAX_NESTING) {
        return Optional.of(lineIndex);
      }
      lineStart = end + 1;
      lineIndex++;
    }
    return Optional.empty();
  }

  private static int nestingBound(String text, int start, int end) {
    int columns = 0;
    int markers = 0;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == ' ') {
        columns++;
        i++;
      } else if (c == '\t') {
        columns += 4;
        i++;
      } else if (c == '>') {
        markers++;
        i++;
      } else if ((c == '-' || c == '*' || c == '+') && isSpaceOrEnd(text, i + 1, end)) {
        markers++;
        i++;
      } else if (c >= '0' && c <= '9') {
        int j = i;
        while (j < end && j - i < 10 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
          j++;
        }
        if (j < end
            && (text.charAt(j) == '.' || text.charAt(j) == ')')
            && isSpaceOrEnd(text, j + 1, end)) {
          markers++;
          i = j + 1;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    boolean blank = i == end && markers == 0; // whitespace alone opens nothing
    return blank ? 0 : markers + columns / 2;
  }

  private static boolean isSpaceOrEnd(String text, int i, int end) {
    return i >= end || text.charAt(i) == ' ' || text.charAt(i) == '\t';
  }
}
