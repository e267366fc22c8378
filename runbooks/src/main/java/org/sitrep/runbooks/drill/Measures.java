package org.sitrep.runbooks.drill;

/** The figures a goal can hold a drill to, as written after {@code measure:}. */
final class Measures {

  static final String DECLARE = "declare";
  static final String ROLES = "roles";
  static final String STATUS_UPDATE = "status-update";
  static final String STEP = "step ";
  static final String WORDS = "declare, roles, status-update or `step KEY-PREFIX`";

  private Measures() {}

  static boolean valid(String measure) {
    return measure.equals(DECLARE)
        || measure.equals(ROLES)
        || measure.equals(STATUS_UPDATE)
        || (measure.startsWith(STEP) && !measure.substring(STEP.length()).isBlank());
  }
}
