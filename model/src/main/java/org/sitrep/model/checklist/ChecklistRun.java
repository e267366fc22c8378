package org.sitrep.model.checklist;

import java.time.Instant;
import java.util.Map;

/** A runbook being worked through on an incident, pinned to the version it started from. */
public record ChecklistRun(
    String id,
    String incidentId,
    String runbookId,
    int versionNo,
    Instant startedAt,
    String startedBy,
    Map<String, String> variables) {

  public ChecklistRun {
    variables = Map.copyOf(variables);
  }
}
