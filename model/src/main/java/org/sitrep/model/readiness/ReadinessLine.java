package org.sitrep.model.readiness;

/**
 * One answer for one service: its colour, the evidence it rests on, and what to do to make it green
 * (empty when it is).
 */
public record ReadinessLine(Check check, Status status, String evidence, String fix) {

  public static ReadinessLine green(Check check, String evidence) {
    return new ReadinessLine(check, Status.GREEN, evidence, "");
  }
}
