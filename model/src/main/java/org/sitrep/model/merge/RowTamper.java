package org.sitrep.model.merge;

/** A row that no longer matches the operations that wrote it: which table, which row, what. */
public record RowTamper(String table, String row, String column, String problem) {

  @Override
  public String toString() {
    return table + " " + row + ", " + column + ": " + problem;
  }
}
