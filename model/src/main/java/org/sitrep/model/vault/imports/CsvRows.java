package org.sitrep.model.vault.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as password managers write it: quoted fields may hold commas, doubled quotes and
 * line breaks (notes are multi-line), so each row remembers the line it started on for messages.
 */
final class CsvRows {

  /** One record and the 1-based line it starts on. */
  record Row(int line, List<String> cells) {
    String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    @Override
    public String toString() {
      return "Row[line " + line + "]";
    }
  }

  private CsvRows() {}

  static List<Row> parse(String file, String text) {
    List<Row> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int rowStart = 1;
    int quoteOpenedOn = 0;
    boolean quoted = false;
    boolean any = false;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          continue; // a Windows line break inside a cell is kept as a plain one
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
        continue;
      }
      if (c == '"' && cell.length() == 0) {
        quoted = true;
        quoteOpenedOn = line;
        any = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || cell.length() > 0) {
          cells.add(cell.toString());
          rows.add(new Row(rowStart, List.copyOf(cells)));
        }
        cells.clear();
        cell.setLength(0);
        any = false;
        line++;
        rowStart = line;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new BadExportException(
          file, "line " + quoteOpenedOn, "a quoted field opened on this line is never closed");
    }
    if (any || cell.length() > 0) {
      cells.add(cell.toString());
      rows.add(new Row(rowStart, List.copyOf(cells)));
    }
    return rows;
  }
}
