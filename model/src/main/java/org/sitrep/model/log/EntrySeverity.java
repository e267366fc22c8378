package org.sitrep.model.log;

/** How loudly an entry speaks in the timeline and the postmortem; derived from its event code. */
public enum EntrySeverity {
  INFO,
  NOTICE,
  WARNING,
  CRITICAL
}
