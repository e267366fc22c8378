package org.sitrep.model.log;

import java.util.List;

/**
 * One search result: the entry, its incident's title, and its text cut into matched/unmatched runs.
 */
public record SearchHit(
    LogEntry entry, String incidentTitle, boolean drill, List<Fragment> fragments) {

  /** A run of the entry's text; {@code matched} runs are the words the query found. */
  public record Fragment(String text, boolean matched) {}
}
