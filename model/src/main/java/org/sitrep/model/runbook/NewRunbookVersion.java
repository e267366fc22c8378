package org.sitrep.model.runbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What an import hands to the repository: the facts parsed from the file and its text. */
public record NewRunbookVersion(
    String runbookId,
    String title,
    String owner,
    List<String> tags,
    List<String> services,
    Optional<LocalDate> reviewed,
    String fileName,
    String source,
    String stepText) {

  public NewRunbookVersion {
    tags = List.copyOf(tags);
    services = List.copyOf(services);
  }
}
