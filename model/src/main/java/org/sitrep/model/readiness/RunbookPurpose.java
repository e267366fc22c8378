package org.sitrep.model.readiness;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a runbook does for a service; each purpose is written once in a service file. */
public enum RunbookPurpose {
  RESTORE("restore"),
  FAILOVER("failover"),
  ISOLATE("isolate"),
  BREAK_GLASS("break-glass");

  private final String key;

  RunbookPurpose(String key) {
    this.key = key;
  }

  /** The word used in service files, the store and the report. */
  public String key() {
    return key;
  }

  public static Optional<RunbookPurpose> ofKey(String key) {
    String k = key.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values()).filter(p -> p.key.equals(k)).findFirst();
  }
}
