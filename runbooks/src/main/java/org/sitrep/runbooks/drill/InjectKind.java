package org.sitrep.runbooks.drill;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What an inject brings into the drill, as written in a scenario ({@code kind: alert}). */
public enum InjectKind {
  /** An alert as the monitoring would raise it. */
  ALERT("alert", "ALERT"),
  /** A message from a stakeholder ({@code from:} who). */
  MESSAGE("message", "MESSAGE"),
  /** A fact the players learn: "db-2 is unreachable". */
  FACT("fact", "FACT"),
  /** Comms are out: "chat is down". */
  COMMS_OUTAGE("comms-outage", "COMMS OUTAGE"),
  /** Pulls the plug: Sitrep behaves as if offline. */
  OFFLINE("offline", "OFFLINE"),
  /** Moves the drill clock on ({@code jump: 30m}). */
  TIME_JUMP("time-jump", "TIME JUMP"),
  /**
   * What a step's command prints in simulated mode; never released on the clock, shown when the
   * command is run.
   */
  OUTPUT("output", "SIMULATED OUTPUT");

  private final String word;
  private final String banner;

  InjectKind(String word, String banner) {
    this.word = word;
    this.banner = banner;
  }

  public String word() {
    return word;
  }

  /** How the timeline entry starts: "ALERT", "MESSAGE"… */
  public String banner() {
    return banner;
  }

  public boolean scheduled() {
    return this != OUTPUT;
  }

  public static Optional<InjectKind> parse(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.word.equals(w)).findFirst();
  }

  public static List<String> words() {
    return Arrays.stream(values()).map(InjectKind::word).toList();
  }
}
