package org.sitrep.model.command;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The words a result and an intent read as in the timeline, the CLI and exports. */
final class CommandText {

  private static final int EXCERPT_LINES = 3;
  private static final int EXCERPT_WIDTH = 200;

  private CommandText() {}

  static String intent(CommandIntent i) {
    StringBuilder where = new StringBuilder("on ").append(i.target());
    StringBuilder detail = new StringBuilder(i.destination());
    if (!i.environment().isEmpty()) {
      detail.append(detail.isEmpty() ? "" : ", ").append(i.environment());
    }
    i.via().ifPresent(v -> detail.append(", via ").append(v));
    if (!detail.isEmpty()) {
      where.append(" (").append(detail).append(')');
    }
    where.append(" from ").append(i.source()).append(":\n$ ").append(i.command());
    return where.toString();
  }

  static String result(CommandIntent i, CommandResult r, String author) {
    String took = took(r.duration());
    String head =
        switch (r.outcome()) {
          case EXITED -> "exit " + r.exitCode().orElse(-1) + " after " + took + " on " + i.target();
          case TIMED_OUT -> "timed out after " + took + " on " + i.target() + ": stopped by Sitrep";
          case CANCELLED -> "cancelled by " + author + " after " + took + " on " + i.target();
          case NOT_RUN -> "not run on " + i.target() + ": " + r.problem().orElse("unknown reason");
          case SIMULATED ->
              "SIMULATED (drill: nothing ran on "
                  + i.target()
                  + ") exit "
                  + r.exitCode().orElse(0)
                  + ": "
                  + r.problem().orElse("output from the scenario");
        };
    if (r.outcome() == CommandOutcome.NOT_RUN) {
      return head;
    }
    String text = head + " · stdout " + r.stdout().summary() + " · stderr " + r.stderr().summary();
    Captured excerptFrom =
        !r.succeeded() && !r.stderr().isEmpty() || r.stdout().isEmpty() ? r.stderr() : r.stdout();
    String excerpt = excerpt(excerptFrom);
    return excerpt.isEmpty() ? text : text + "\n" + excerpt;
  }

  /** The last few lines: where errors and final states usually are. */
  static String excerpt(Captured c) {
    if (c.binary() || c.text().isBlank()) {
      return "";
    }
    List<String> lines = c.text().lines().filter(l -> !l.isBlank()).toList();
    return String.join(
        "\n",
        lines.subList(Math.max(0, lines.size() - EXCERPT_LINES), lines.size()).stream()
            .map(l -> l.length() > EXCERPT_WIDTH ? l.substring(0, EXCERPT_WIDTH) + "…" : l)
            .toList());
  }

  static String took(Duration d) {
    long ms = d.toMillis();
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    return String.format(Locale.ROOT, "%d min %02d s", ms / 60_000, (ms / 1000) % 60);
  }
}
