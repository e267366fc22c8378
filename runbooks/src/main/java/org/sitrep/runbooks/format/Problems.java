package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file while it is read. */
final class Problems {
  private final String file;
  private final List<Problem> found = new ArrayList<>();

  Problems(String file) {
    this.file = file;
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
