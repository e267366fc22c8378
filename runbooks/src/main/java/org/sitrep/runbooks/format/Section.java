package org.sitrep.runbooks.format;

import java.util.List;
import java.util.Objects;

/**
 * Steps under one heading. Steps before any heading get a section named after the runbook's title,
 * with level 0 and the line of its first step. Headings without steps are not sections.
 */
public record Section(String heading, int level, int line, List<Step> steps) {
  public Section {
    Objects.requireNonNull(heading, "heading");
    steps = List.copyOf(steps);
  }
}
