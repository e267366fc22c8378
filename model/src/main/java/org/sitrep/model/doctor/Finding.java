package org.sitrep.model.doctor;

import java.util.Optional;

/**
 * One thing the doctor looked at: what, whether it is healthy, a plain explanation, and the safe
 * repair it can make when asked ({@code --repair}); never made without being asked.
 */
public record Finding(
    String check, boolean healthy, String explanation, Optional<String> repair, Repair action) {

  /** A repair the doctor can make; returns what it did. */
  @FunctionalInterface
  public interface Repair {
    String run();
  }

  static Finding healthy(String check, String explanation) {
    return new Finding(check, true, explanation, Optional.empty(), null);
  }

  static Finding problem(String check, String explanation) {
    return new Finding(check, false, explanation, Optional.empty(), null);
  }

  static Finding repairable(String check, String explanation, String repair, Repair action) {
    return new Finding(check, false, explanation, Optional.of(repair), action);
  }

  @Override
  public String toString() {
    return (healthy ? "ok      " : "PROBLEM ")
        + check
        + ": "
        + explanation
        + repair.map(r -> " — repair: " + r).orElse("");
  }
}
