package org.sitrep.model.contact;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as spreadsheets write it: quoted fields may hold the delimiter, doubled quotes and
 * line breaks; a byte-order mark is dropped; the delimiter is a comma, or a semicolon when the
 * header has more of those (spreadsheets in many European locales). Each row remembers the line it
 * started on, so a problem can name it.
 */
public final class CsvReader {

  /** One record of the file and the line its first field is on. */
  public record Row(int line, List<String> fields) {
    public boolean isBlank() {
      return fields.stream().allMatch(String::isBlank);
    }
  }

  /** A quote was opened and never closed: everything after it would be one field. */
  public static final class UnclosedQuote extends RuntimeException {
    private final int line;

    UnclosedQuote(int line) {
      super("a quoted field opened on line " + line + " is never closed");
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  private CsvReader() {}

  public static List<Row> read(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char delimiter = delimiter(s);
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          if (c != '\r' || i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
            field.append(c == '\r' ? '\n' : c);
          }
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
        quoteLine = line;
        any = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          fields.add(field.toString());
          rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        any = false;
        line++;
        rowLine = line;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new UnclosedQuote(quoteLine);
    }
    if (any || field.length() > 0) {
      fields.add(field.toString());
      rows.add(new Row(rowLine, List.copyOf(fields)));
    }
    return rows;
  }

  /** Quotes a field when it holds the delimiter, a quote or a line break. */
  public static String quote(String value) {
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")
        || value.contains(";")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  private static char delimiter(String s) {
    int end = s.indexOf('\n');
    String header = end < 0 ? s : s.substring(0, end);
    long commas = header.chars().filter(c -> c == ',').count();
    long semicolons = header.chars().filter(c -> c == ';').count();
    return semicolons > commas ? ';' : ',';
  }
}
