package org.sitrep.runbooks.format;

import java.util.Objects;

/** A {@code [[runbook-id]]} link, with where it was written so a broken one can be pointed at. */
public record RunbookLink(String runbookId, int line, int column) {
  public RunbookLink {
    Objects.requireNonNull(runbookId, "runbookId");
  }

  Position position() {
    return new Position(line, column);
  }
}
