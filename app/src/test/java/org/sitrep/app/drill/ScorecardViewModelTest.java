package org.sitrep.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.Role;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.drill.DrillRunner;
import org.sitrep.runbooks.drill.ScenarioLibrary;
import org.sitrep.runbooks.drill.Scorecards;
import org.sitrep.runbooks.library.RunbookLibrary;

/** The scorecard's lines for a drill played on a real workspace, the clock moved by hand. */
class ScorecardViewModelTest {

  @TempDir Path dir;
  SteppingClock clock = SteppingClock.at("2026-11-21T10:00:00Z");
  Workspace ws;
  DrillRunner runner;
  List<Throwable> errors = new ArrayList<>();

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir, clock);
    new RunbookLibrary(ws).seedIfEmpty();
    runner = new DrillRunner(ws);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private String play() {
    String id = runner.start(new ScenarioLibrary(ws).load("database-out-of-disk"), 1).incidentId();
    runner.tick(id, clock.instant());
    clock.advance(Duration.ofMinutes(2));
    // The players declare by acknowledging: the "declare" timing and goal.
    new IncidentService(ws).setMilestone(id, Milestone.ACKNOWLEDGED, clock.instant());
    clock.advance(Duration.ofMinutes(1));
    new IncidentService(ws).assignRole(id, Role.COMMANDER, "Dana Okafor");
    clock.advance(Duration.ofMinutes(2));
    runner.drills().end(id);
    return id;
  }

  private String value(ScorecardViewModel model, String name) {
    return model.lines().stream()
        .filter(l -> l.name().startsWith(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line " + name + " in " + model.lines()))
        .value();
  }

  @Test
  void showsTheFiguresTheCommandLinePrints() {
    String id = play();
    ScorecardViewModel model =
        new ScorecardViewModel(new Scorecards(ws, runner), Tasks.sameThread(), errors::add);
    boolean[] shown = {false};
    model.load(id, () -> shown[0] = true);

    assertThat(shown[0]).isTrue();
    assertThat(model.title().get())
        .isEqualTo("DRILL scorecard — The payments database runs out of disk");
    assertThat(model.subtitle().get()).contains(id).contains("lasted 5 min 00 s drill time");
    assertThat(model.lines())
        .filteredOn(ScorecardViewModel.Line::heading)
        .extracting(ScorecardViewModel.Line::name)
        .contains(
            "Timings (drill time from T+0)",
            "Expected checklist steps",
            "Goals",
            "Earlier runs of this scenario");
    assertThat(model.lines())
        .filteredOn(ScorecardViewModel.Line::heading)
        .extracting(ScorecardViewModel.Line::name)
        .anyMatch(h -> h.startsWith("Injects not acknowledged"));
    assertThat(value(model, "Time to declare")).isEqualTo("2 min 00 s");
    assertThat(value(model, "Acknowledge the alert")).startsWith("met");
    // Scribe and ops lead were never named: the roles goal is missed, and marked so.
    assertThat(value(model, "Commander, scribe and ops lead")).startsWith("MISSED");
    assertThat(model.lines()).anyMatch(l -> l.name().startsWith("disk-alert"));
    assertThat(model.lines()).anyMatch(ScorecardViewModel.Line::missed);
    assertThat(errors).isEmpty();
  }

  @Test
  void listsAnEarlierRunOfTheSameScenario() {
    String first = play();
    clock.advance(Duration.ofHours(1));
    String second = play();
    ScorecardViewModel model =
        new ScorecardViewModel(new Scorecards(ws, runner), Tasks.sameThread(), errors::add);
    model.load(second, () -> {});
    assertThat(model.lines()).anyMatch(l -> l.name().startsWith(first) && !l.value().isEmpty());
  }
}
