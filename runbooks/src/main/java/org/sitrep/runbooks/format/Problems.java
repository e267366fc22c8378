package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file while it is read. */
final class Problems {
  private final String file;
  private final List<Problem> found = new ArrayList<>();
  private final boolean tolerant;

  Problems(String file) {
    this(file, false);
  }

  /**
   * {@code tolerant}: reading Markdown written for other tools, where what the Sitrep format
   * requires but the file cannot know (an id, a review date, declared variables) is a warning.
   */
  Problems(String file, boolean tolerant) {
    this.file = file;
    this.tolerant = tolerant;
  }

  boolean tolerant() {
    return tolerant;
  }

  /** An error in the Sitrep format, a warning when reading a file written for another tool. */
  void soft(Position at, String message) {
    if (tolerant) {
      warning(at, message);
    } else {
      error(at, message);
    }
  }

  String file() {
    return file;
  }

  void error(Position at, String message) {
    found.add(Problem.error(file, at, message));
  }

  void warning(Position at, String message) {
    found.add(Problem.warning(file, at, message));
  }

  List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(found);
    copy.sort(Problem.IN_FILE_ORDER);
    return copy;
  }
}
