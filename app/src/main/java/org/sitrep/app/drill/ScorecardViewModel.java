package org.sitrep.app.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.log.Times;
import org.sitrep.runbooks.drill.Scorecard;
import org.sitrep.runbooks.drill.Scorecards;

/**
 * A drill's scorecard as lines under headings: the same figures {@code sitrep drill scorecard}
 * prints, so the debrief reads the same numbers on screen and on paper.
 */
public final class ScorecardViewModel {

  /** A heading (empty value, {@code heading} true) or one figure under it. */
  public record Line(String name, String value, boolean heading, boolean missed) {

    static Line heading(String name) {
      return new Line(name, "", true, false);
    }

    static Line of(String name, String value) {
      return new Line(name, value, false, false);
    }
  }

  private final Scorecards scorecards;
  private final Tasks tasks;
  private final Consumer<Throwable> onError;
  private final StringProperty title = new SimpleStringProperty("");
  private final StringProperty subtitle = new SimpleStringProperty("");
  private final ObservableList<Line> lines = FXCollections.observableArrayList();

  public ScorecardViewModel(Scorecards scorecards, Tasks tasks, Consumer<Throwable> onError) {
    this.scorecards = scorecards;
    this.tasks = tasks;
    this.onError = onError;
  }

  public StringProperty title() {
    return title;
  }

  public StringProperty subtitle() {
    return subtitle;
  }

  public ObservableList<Line> lines() {
    return lines;
  }

  public void load(String incidentId, Runnable then) {
    tasks.run(
        () -> scorecards.of(incidentId),
        card -> {
          show(card);
          then.run();
        },
        onError);
  }

  private void show(Scorecard s) {
    title.set("DRILL scorecard — " + s.title());
    subtitle.set(
        s.incidentId()
            + " · started "
            + Times.utc(s.startedAt())
            + s.length()
                .map(l -> " · lasted " + lasted(l) + " drill time")
                .orElse(" · still running"));
    List<Line> out = new ArrayList<>();
    out.add(Line.heading("Timings (drill time from T+0)"));
    s.figures().forEach(f -> out.add(Line.of(f.name(), f.say())));
    if (!s.steps().isEmpty()) {
      out.add(Line.heading("Expected checklist steps"));
      s.steps().forEach(f -> out.add(Line.of(f.name(), f.say())));
    }
    items(out, "Steps skipped", s.skippedSteps());
    items(out, "Injects not acknowledged", s.unacknowledged());
    if (!s.goals().isEmpty()) {
      out.add(Line.heading("Goals"));
      for (Scorecard.GoalResult g : s.goals()) {
        String mark = g.met().map(m -> m ? "met" : "MISSED").orElse("–");
        boolean missed = g.met().map(m -> !m).orElse(false);
        out.add(new Line(g.goal().text(), mark + " · " + g.detail(), false, missed));
      }
    }
    out.add(Line.heading("Earlier runs of this scenario"));
    if (s.earlier().isEmpty()) {
      out.add(Line.of("none: this is the first", ""));
    }
    for (Scorecard.EarlierRun r : s.earlier()) {
      out.add(
          Line.of(
              r.incidentId() + " (" + Times.utc(r.startedAt()) + ")",
              String.join(
                  " · ",
                  r.figures().stream()
                      .map(f -> f.name().replace("Time to ", "") + " " + f.say())
                      .toList())));
    }
    lines.setAll(out);
  }

  // Said the way the printed scorecard says figures, so screen and paper read the same.
  private static String lasted(java.time.Duration length) {
    return new Scorecard.Figure("length", "", java.util.Optional.of(length)).say();
  }

  private static void items(List<Line> out, String heading, List<String> items) {
    out.add(Line.heading(heading + (items.isEmpty() ? ": none" : "")));
    items.forEach(i -> out.add(Line.of(i, "")));
  }
}
