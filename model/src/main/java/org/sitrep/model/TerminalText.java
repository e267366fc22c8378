package org.sitrep.model;

/**
 * Text from the store on its way to a terminal, or typed text on its way into the store. Control
 * characters (C0 but tab and newline, DEL, C1) are dropped: a contact named {@code ESC]0;…BEL}
 * would retitle the operator's terminal, {@code ESC[2J} would clear it, a lone CR would overwrite
 * the start of a line with what follows. What remains of such a sequence ({@code [2J}) stays
 * visible, which is the evidence someone tried.
 */
public final class TerminalText {

  private TerminalText() {}

  /** Whether {@code c} may not reach a terminal as it is. Tab and newline may. */
  public static boolean unsafe(int c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
  }

  /** {@code text} without control characters; newlines and tabs kept, CRLF read as a newline. */
  public static String clean(String text) {
    if (text == null || text.codePoints().noneMatch(TerminalText::unsafe)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    text.replace("\r\n", "\n").codePoints().filter(c -> !unsafe(c)).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** {@code text} as one line: control characters, newlines and tabs become spaces. */
  public static String line(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(text.length());
    text.replace("\r\n", "\n")
        .codePoints()
        .map(c -> unsafe(c) || c == '\n' || c == '\t' ? ' ' : c)
        .forEach(b::appendCodePoint);
    return b.toString();
  }
}
