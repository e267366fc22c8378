package org.sitrep.runbooks.drill;

import java.util.List;
import org.sitrep.model.log.Times;

/** The scorecard as plain text: what {@code sitrep drill scorecard} prints. */
public final class ScorecardText {

  private ScorecardText() {}

  public static String of(Scorecard s) {
    StringBuilder out = new StringBuilder();
    out.append("DRILL scorecard — ")
        .append(s.title())
        .append(" (")
        .append(s.scenarioId())
        .append(")\n");
    out.append(s.incidentId()).append(" · started ").append(Times.utc(s.startedAt()));
    out.append(
            s.length()
                .map(l -> " · lasted " + Timings.say(l) + " drill time")
                .orElse(" · still running"))
        .append("\n\n");
    figures(out, "Timings (drill time from T+0)", s.figures());
    if (!s.steps().isEmpty()) {
      figures(out, "Expected checklist steps", s.steps());
    }
    list(out, "Steps skipped", s.skippedSteps());
    list(out, "Injects not acknowledged", s.unacknowledged());
    if (!s.goals().isEmpty()) {
      out.append("Goals\n");
      for (Scorecard.GoalResult g : s.goals()) {
        String mark = g.met().map(m -> m ? "met   " : "MISSED").orElse("  –   ");
        out.append("  ")
            .append(mark)
            .append("  ")
            .append(g.goal().text())
            .append(" — ")
            .append(g.detail())
            .append('\n');
      }
      out.append('\n');
    }
    out.append("Earlier runs of this scenario\n");
    if (s.earlier().isEmpty()) {
      out.append("  none: this is the first\n");
    }
    for (Scorecard.EarlierRun r : s.earlier()) {
      out.append("  ")
          .append(r.incidentId())
          .append(" (")
          .append(Times.utc(r.startedAt()))
          .append("): ");
      out.append(
          String.join(
              " · ",
              r.figures().stream()
                  .map(f -> f.name().replace("Time to ", "") + " " + f.say())
                  .toList()));
      out.append('\n');
    }
    return out.toString();
  }

  private static void figures(StringBuilder out, String heading, List<Scorecard.Figure> figures) {
    out.append(heading).append('\n');
    for (Scorecard.Figure f : figures) {
      out.append("  ")
          .append(String.format("%-30s", f.name()))
          .append(' ')
          .append(f.say())
          .append('\n');
    }
    out.append('\n');
  }

  private static void list(StringBuilder out, String heading, List<String> items) {
    out.append(heading).append(items.isEmpty() ? ": none\n\n" : "\n");
    items.forEach(i -> out.append("  ").append(i).append('\n'));
    if (!items.isEmpty()) {
      out.append('\n');
    }
  }
}
