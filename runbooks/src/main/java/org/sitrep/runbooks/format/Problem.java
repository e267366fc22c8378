package org.sitrep.runbooks.format;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a runbook file, at a 1-based line and column of the file as written (front
 * matter included). Column 1 when the problem is about a whole line or the whole file.
 */
public record Problem(String file, int line, int column, Level level, String message) {

  /** File, then line, then column: the order a person fixes things in. */
  public static final Comparator<Problem> IN_FILE_ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column);

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
  }

  static Problem error(String file, Position at, String message) {
    return new Problem(file, at.line(), at.column(), Level.ERROR, message);
  }

  static Problem warning(String file, Position at, String message) {
    return new Problem(file, at.line(), at.column(), Level.WARNING, message);
  }

  /** How the two "no review date" warnings begin: one for plain pages, one for front matter. */
  static final String NO_FRONT_MATTER_NO_REVIEWED = "no front matter, so no `reviewed` date";

  static final String MISSING_REVIEWED = "missing `reviewed`";

  public boolean isError() {
    return level == Level.ERROR;
  }

  /**
   * The warning every page written for another tool gets (it has no review date): an import says it
   * once with a count rather than once per file.
   */
  public boolean isNoReviewedDate() {
    return !isError()
        && (message.startsWith(NO_FRONT_MATTER_NO_REVIEWED)
            || message.startsWith(MISSING_REVIEWED));
  }

  /** {@code file:line:column: error: message}, the form editors and CI logs link to. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + level.word() + ": " + message;
  }
}
