package org.sitrep.runbooks.drill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.checklist.StepState;
import org.sitrep.model.checklist.StepStatus;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.drill.DrillRepository;
import org.sitrep.model.drill.InjectStatus;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.runbooks.checklist.Checklist;
import org.sitrep.runbooks.checklist.ChecklistService;

/** Works out a drill's scorecard from what the real tools stored during it. */
public final class Scorecards {

  private final Workspace workspace;
  private final DrillRunner runner;
  private final ChecklistService checklists;

  public Scorecards(Workspace workspace, DrillRunner runner) {
    this.workspace = workspace;
    this.runner = runner;
    this.checklists = new ChecklistService(workspace);
  }

  public Scorecard of(String incidentId) {
    Drill drill = runner.drills().get(incidentId);
    Scenario scenario = runner.scenarioOf(drill);
    List<Checklist> runs = checklists.checklistsOf(incidentId);
    Timings timings = timings(drill, scenario, runs);
    List<String> skipped = new ArrayList<>();
    for (Checklist c : runs) {
      for (StepState s : c.states().values()) {
        if (s.status() == StepStatus.SKIPPED) {
          skipped.add(
              c.run().runbookId()
                  + " · "
                  + s.stepKey()
                  + s.reason().map(r -> " — " + r).orElse(""));
        }
      }
    }
    List<String> unacknowledged =
        scenario.scheduled().stream()
            .filter(i -> drill.inject(i.id()).status() == InjectStatus.RELEASED)
            .map(i -> i.id() + ": " + i.label())
            .toList();
    List<Scorecard.GoalResult> goals =
        scenario.goals().stream().map(g -> goal(g, timings)).toList();
    List<Scorecard.EarlierRun> earlier = new ArrayList<>();
    for (Drill d : workspace.read(dsl -> DrillRepository.ofScenario(dsl, drill.scenarioId()))) {
      if (!d.incidentId().equals(incidentId) && d.startedAt().isBefore(drill.startedAt())) {
        Timings t = timings(d, runner.scenarioOf(d), checklists.checklistsOf(d.incidentId()));
        earlier.add(new Scorecard.EarlierRun(d.incidentId(), d.startedAt(), t.headline()));
      }
    }
    Optional<Duration> length = drill.endedAt().map(end -> drill.clock().at(end));
    return new Scorecard(
        incidentId,
        scenario.id(),
        scenario.title(),
        drill.startedAt(),
        length,
        timings.headline(),
        timings.steps(),
        skipped,
        unacknowledged,
        goals,
        earlier);
  }

  private Timings timings(Drill drill, Scenario scenario, List<Checklist> runs) {
    Incident incident = workspace.read(dsl -> IncidentRepository.get(dsl, drill.incidentId()));
    var log = workspace.read(dsl -> LogRepository.timeline(dsl, drill.incidentId()));
    return new Timings(drill, incident, scenario, DrillEvents.of(drill, log, runs));
  }

  private static Scorecard.GoalResult goal(Goal g, Timings timings) {
    if (g.measure().isEmpty()) {
      return new Scorecard.GoalResult(g, Optional.empty(), "for the debrief");
    }
    Optional<Duration> at = timings.of(g.measure().get());
    if (g.within().isEmpty()) {
      return new Scorecard.GoalResult(
          g, Optional.of(at.isPresent()), at.map(Timings::say).orElse("not reached"));
    }
    boolean met = at.isPresent() && at.get().compareTo(g.within().get()) <= 0;
    String detail =
        at.map(Timings::say).orElse("not reached")
            + " (goal: within "
            + Timings.say(g.within().get())
            + ")";
    return new Scorecard.GoalResult(g, Optional.of(met), detail);
  }
}
