package org.sitrep.runbooks.library;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.runbooks.format.Problem;

/**
 * A runbook file to import: the name problems are reported against, its text, its path relative to
 * the folder imported (a file without an {@code id} gets its id from it), and what reading it
 * already found (a file that is not UTF-8, or too large to read).
 */
public record SourceFile(String name, String text, String idPath, List<Problem> readProblems) {

  public SourceFile {
    readProblems = List.copyOf(readProblems);
  }

  public SourceFile(String name, String text, String idPath) {
    this(name, text, idPath, List.of());
  }

  /** A single file: its id path is its file name. */
  public SourceFile(String name, String text) {
    this(name, text, fileName(name));
  }

  private static String fileName(String name) {
    Path file = Path.of(name).getFileName();
    return file == null ? name : file.toString();
  }
}
