package org.sitrep.model.runbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One stored version of a runbook: its searchable facts and the Markdown exactly as imported.
 * {@code versionNo} is Sitrep's own count (1, 2, 3 …), whatever the file's {@code version} says.
 */
public record RunbookVersion(
    String runbookId,
    int versionNo,
    String title,
    String owner,
    List<String> tags,
    List<String> services,
    Optional<LocalDate> reviewed,
    String fileName,
    String source,
    String contentHash,
    Instant importedAt,
    String importedBy) {

  public RunbookVersion {
    tags = List.copyOf(tags);
    services = List.copyOf(services);
  }

  /** True when {@code reviewed} is missing or older than {@code maxAgeDays} on {@code today}. */
  public boolean isStale(LocalDate today, int maxAgeDays) {
    return reviewed.map(r -> r.plusDays(maxAgeDays).isBefore(today)).orElse(true);
  }
}
