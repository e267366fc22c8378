package org.sitrep.model.readiness;

/**
 * Something to do before it turns a readiness line amber or red. {@code key} names the occasion
 * (the service, what, and the date it is about), so each is reminded of once.
 */
public record ReadinessReminder(String key, String service, Kind kind, String text) {

  /** What the reminder is about. */
  public enum Kind {
    RESTORE_TEST_DUE,
    RUNBOOK_GOING_STALE,
    COVERAGE_GAP
  }
}
