package org.sitrep.model.vault.imports;

import java.util.Arrays;

/**
 * An item's notes being put together from the entry's notes and the fields with no place of their
 * own ("PIN: 1234"), in a {@code char[]} that is wiped as it grows, never in a String.
 */
final class Notes {

  private char[] text;
  private int length;

  Notes(char[] start) {
    text = Arrays.copyOf(start, Math.max(16, start.length));
    length = start.length;
  }

  void add(String name, char[] value) {
    if (value.length == 0) {
      return;
    }
    if (length > 0) {
      append("\n".toCharArray());
    }
    append((name + ": ").toCharArray());
    append(value);
  }

  /** Puts a value before everything else (a secure note's own text). */
  void addFirst(char[] value) {
    char[] rest = take();
    append(value);
    if (rest.length > 0) {
      append("\n".toCharArray());
      append(rest);
    }
    Arrays.fill(rest, '\0');
  }

  /** The notes so far (a fresh array the caller owns); these notes are empty afterwards. */
  char[] take() {
    char[] out = Arrays.copyOf(text, length);
    Arrays.fill(text, '\0');
    length = 0;
    return out;
  }

  private void append(char[] more) {
    if (length + more.length > text.length) {
      char[] grown = Arrays.copyOf(text, Math.max(text.length * 2, length + more.length));
      Arrays.fill(text, '\0');
      text = grown;
    }
    System.arraycopy(more, 0, text, length, more.length);
    length += more.length;
  }
}
