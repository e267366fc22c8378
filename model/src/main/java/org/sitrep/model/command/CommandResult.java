package org.sitrep.model.command;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How a command ended: outcome, exit status (when it exited), start and end time, what it wrote on
 * each stream, and for commands that never ran, why.
 */
public record CommandResult(
    CommandOutcome outcome,
    Optional<Integer> exitCode,
    Instant started,
    Instant ended,
    Captured stdout,
    Captured stderr,
    Optional<String> problem) {

  public Duration duration() {
    return Duration.between(started, ended);
  }

  public static CommandResult notRun(Instant at, String problem) {
    return new CommandResult(
        CommandOutcome.NOT_RUN,
        Optional.empty(),
        at,
        at,
        Captured.NOTHING,
        Captured.NOTHING,
        Optional.of(problem));
  }

  public boolean succeeded() {
    return outcome == CommandOutcome.EXITED && exitCode.orElse(-1) == 0;
  }
}
