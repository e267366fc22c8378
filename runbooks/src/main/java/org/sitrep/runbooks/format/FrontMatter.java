package org.sitrep.runbooks.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields read from a runbook's front matter. Absent values are missing or unreadable (the
 * reader has reported why).
 *
 * @param fieldPositions where each field's value starts
 * @param variablePositions where each declared variable's name is, for "never used" warnings
 */
record FrontMatter(
    Optional<String> id,
    Optional<String> title,
    Optional<Integer> version,
    Optional<String> owner,
    List<String> tags,
    List<String> services,
    List<String> severity,
    Optional<LocalDate> reviewed,
    List<Variable> variables,
    Map<String, Position> fieldPositions,
    Map<String, Position> variablePositions) {

  /** The fields a runbook's front matter may have, in the order the format document lists them. */
  static final List<String> FIELDS =
      List.of(
          "id",
          "title",
          "version",
          "owner",
          "tags",
          "services",
          "severity",
          "reviewed",
          "variables");
}
