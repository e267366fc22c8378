package org.sitrep.model.readiness;

/** The questions readiness answers for every service, in the order the report lists them. */
public enum Check {
  RESTORE_TEST("Last restore test"),
  EVERYONE_CAN_RESTORE("Can everyone restore it?"),
  RUNBOOKS("Runbooks"),
  COVERAGE("On-call coverage, next 14 days"),
  VENDORS("Vendor contacts"),
  BREAK_GLASS("Break-glass credentials"),
  DRILLS("Drills"),
  ACTIONS("Postmortem actions");

  private final String title;

  Check(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
