package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TOML value read from front-matter lines and written back as a YAML flow value. A value it
 * cannot read with certainty (an inline table, a malformed string) is {@code null}, so the caller
 * names it instead of guessing.
 */
final class TomlValue {
  private static final Pattern BARE =
      Pattern.compile(
          // Dates and times first: a number would otherwise take the year of 2026-10-02.
          "(\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
              + "(?:[Zz]|[+-]\\d{2}:\\d{2})?)?|\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?"
              + "|true|false|[+-]?(?:inf|nan)|[+-]?[0-9][0-9_]*(?:\\.[0-9_]+)?(?:[eE][+-]?[0-9]+)?)");

  /** A value as YAML, and the index of the last TOML line it used (arrays may span lines). */
  record Read(String yaml, int lastLine) {}

  private final String[] lines;
  private int line;
  private int col;

  private TomlValue(String[] lines, int line, int col) {
    this.lines = lines;
    this.line = line;
    this.col = col;
  }

  /** Reads the value starting at {@code col} of {@code lines[line]}; null when unreadable. */
  static Read read(String[] lines, int line, int col) {
    TomlValue reader = new TomlValue(lines, line, col);
    String yaml = reader.value();
    if (yaml == null) {
      return null;
    }
    reader.skipBlanks(false);
    String rest = reader.current().substring(Math.min(reader.col, reader.current().length()));
    return rest.isEmpty() || rest.startsWith("#") ? new Read(yaml, reader.line) : null;
  }

  /** A JSON string literal, which YAML reads as a double-quoted scalar. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private String current() {
    return lines[line];
  }

  private String value() {
    skipBlanks(false);
    String text = current();
    if (col >= text.length()) {
      return null;
    }
    char c = text.charAt(col);
    if (text.startsWith("\"\"\"", col) || text.startsWith("'''", col)) {
      return multiLine(text.substring(col, col + 3));
    }
    if (c == '"') {
      return basic();
    }
    if (c == '\'') {
      int end = text.indexOf('\'', col + 1);
      if (end < 0) {
        return null;
      }
      String literal = text.substring(col + 1, end);
      col = end + 1;
      return quote(literal);
    }
    if (c == '[') {
      return array();
    }
    Matcher bare = BARE.matcher(text).region(col, text.length());
    if (bare.lookingAt()) {
      col = bare.end();
      String token = bare.group().replace("_", "");
      // Dates and times stay strings: the reader checks `reviewed` as text.
      return token.contains("-") && token.length() >= 10 || token.contains(":")
          ? quote(bare.group())
          : token;
    }
    return null; // inline tables and anything else
  }

  private String basic() {
    String text = current();
    StringBuilder out = new StringBuilder();
    for (int i = col + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        col = i + 1;
        return quote(out.toString());
      }
      if (c == '\\' && i + 1 < text.length()) {
        char e = text.charAt(++i);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case '"', '\\' -> out.append(e);
          case 'u', 'U' -> {
            int digits = e == 'u' ? 4 : 8;
            if (i + digits >= text.length()) {
              return null;
            }
            try {
              out.appendCodePoint(Integer.parseInt(text.substring(i + 1, i + 1 + digits), 16));
            } catch (IllegalArgumentException bad) {
              return null;
            }
            i += digits;
          }
          default -> {
            return null;
          }
        }
      } else {
        out.append(c);
      }
    }
    return null;
  }

  private String multiLine(String delimiter) {
    StringBuilder out = new StringBuilder();
    int from = col + 3;
    for (int l = line; l < lines.length; l++) {
      String text = lines[l];
      int end = text.indexOf(delimiter, l == line ? from : 0);
      String part = text.substring(l == line ? from : 0, end < 0 ? text.length() : end);
      if (!(l == line && part.isEmpty() && end < 0)) {
        out.append(part);
      }
      if (end >= 0) {
        line = l;
        col = end + 3;
        // Escapes in multi-line basic strings are rare in front matter; keep the text as written.
        return quote(out.toString());
      }
      out.append('\n');
    }
    return null;
  }

  private String array() {
    col++; // [
    List<String> items = new ArrayList<>();
    while (true) {
      if (!skipBlanks(true)) {
        return null;
      }
      if (current().charAt(col) == ']') {
        col++;
        return "[" + String.join(", ", items) + "]";
      }
      String item = value();
      if (item == null || !skipBlanks(true)) {
        return null;
      }
      items.add(item);
      char next = current().charAt(col);
      if (next == ',') {
        col++;
      } else if (next != ']') {
        return null;
      }
    }
  }

  /** Skips spaces (and, inside arrays, comments and line ends); false at the end of the text. */
  private boolean skipBlanks(boolean acrossLines) {
    while (true) {
      String text = current();
      while (col < text.length() && (text.charAt(col) == ' ' || text.charAt(col) == '\t')) {
        col++;
      }
      boolean atEnd = col >= text.length() || (acrossLines && text.charAt(col) == '#');
      if (!atEnd) {
        return true;
      }
      if (!acrossLines || line + 1 >= lines.length) {
        return !acrossLines;
      }
      line++;
      col = 0;
    }
  }
}
