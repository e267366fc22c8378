package org.sitrep.model.command;

import org.sitrep.model.log.EventCode;

/** How a command ended, as far as Sitrep could tell. */
public enum CommandOutcome {
  /** It ran and exited with a status (zero or not). */
  EXITED,
  /** Sitrep stopped it when its time ran out. */
  TIMED_OUT,
  /** The operator stopped it. */
  CANCELLED,
  /** It never started: no connection, refused host key, failed login. */
  NOT_RUN,
  /** A drill: nothing ran; the scenario's output was shown instead, marked SIMULATED. */
  SIMULATED;

  public EventCode event(int exitCode) {
    return switch (this) {
      case EXITED -> exitCode == 0 ? EventCode.COMMAND_SUCCEEDED : EventCode.COMMAND_FAILED;
      case TIMED_OUT -> EventCode.COMMAND_TIMED_OUT;
      case CANCELLED -> EventCode.COMMAND_CANCELLED;
      case NOT_RUN -> EventCode.COMMAND_NOT_RUN;
      case SIMULATED -> EventCode.COMMAND_SIMULATED;
    };
  }
}
