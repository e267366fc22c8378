package org.sitrep.model.checklist;

/** Where a checklist step stands. A skipped step always has a reason. */
public enum StepStatus {
  OPEN,
  DONE,
  SKIPPED
}
