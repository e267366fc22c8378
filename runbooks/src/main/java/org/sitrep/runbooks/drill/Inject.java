package org.sitrep.runbooks.drill;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One inject of a scenario: at a drill-clock offset ({@code at: T+2m}) or some time after a trigger
 * ({@code after: commander-assigned}, {@code delay: 2m}), or, for simulated output, whenever the
 * matching step's command is run.
 *
 * @param step a step key prefix ({@code assess/check-which}) an output belongs to
 * @param command a piece of the command text an output belongs to, when no step is given
 * @param exitCode the simulated exit status of an output
 * @param jump how far a time jump moves the drill clock
 * @param line the scenario file line the inject starts on
 */
public record Inject(
    String id,
    InjectKind kind,
    Optional<Duration> at,
    Optional<Trigger> after,
    Duration delay,
    String text,
    Optional<String> from,
    Optional<String> runbook,
    Optional<String> step,
    Optional<String> command,
    int exitCode,
    Duration jump,
    int line) {

  public Inject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    delay = delay == null ? Duration.ZERO : delay;
    jump = jump == null ? Duration.ZERO : jump;
  }

  /** What the players read in the timeline: "ALERT: …", "MESSAGE from CFO: …". */
  public String timelineText() {
    String head = kind.banner() + from.map(f -> " from " + f).orElse("");
    return head + ": " + text.strip();
  }

  /** A short label for lists: its id and the first words of its text. */
  public String label() {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 59) + "…";
  }
}
