package org.sitrep.runbooks.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.drill.ClockSegment;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.drill.DrillInjects;
import org.sitrep.model.drill.DrillService;
import org.sitrep.model.drill.NewDrill;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.runbooks.checklist.ChecklistService;

/**
 * Plays a scenario: starts the drill incident, works out which injects are due at each tick (the
 * facilitator's window ticks every second), releases them into the timeline with their effects (a
 * time jump moves the clock, an offline inject pulls the plug), and passes the facilitator's
 * release / delay / skip / acknowledge on to the store.
 */
public final class DrillRunner {

  private final Workspace workspace;
  private final DrillService drills;
  private final DrillInjects injects;
  private final ChecklistService checklists;

  public DrillRunner(Workspace workspace) {
    this.workspace = workspace;
    this.drills = new DrillService(workspace);
    this.injects = new DrillInjects(drills);
    this.checklists = new ChecklistService(workspace);
  }

  public DrillService drills() {
    return drills;
  }

  public Drill start(Scenario scenario, int speed) {
    if (speed < 1 || speed > ClockSegment.MAX_SPEED) {
      throw new ChangeRefusedException(
          "--speed must be a whole number from 1 to " + ClockSegment.MAX_SPEED + ", not " + speed);
    }
    return drills.start(
        new NewDrill(
            scenario.id(),
            "Drill: " + scenario.title(),
            scenario.source(),
            scenario.severity(),
            scenario.services(),
            scenario.description(),
            speed));
  }

  /** The scenario a drill was started from, as it was then. */
  public Scenario scenarioOf(Drill drill) {
    return ScenarioParser.parse(drill.scenarioId() + ".yaml", drill.scenarioSource())
        .scenario()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "stored scenario of " + drill.incidentId() + " does not parse"));
  }

  /** Every scheduled inject and where it stands at wall time {@code now}. */
  public List<Upcoming> plan(String incidentId, Instant now) {
    Drill drill = drills.get(incidentId);
    return InjectScheduler.plan(
        scenarioOf(drill), drill.injects(), drill.clock().at(now), seen(drill));
  }

  /**
   * Releases every inject due at {@code now}; nothing while the drill is paused or has ended.
   *
   * @return the timeline entries written, in order
   */
  public List<LogEntry> tick(String incidentId, Instant now) {
    Drill drill = drills.get(incidentId);
    List<LogEntry> written = new ArrayList<>();
    if (drill.ended() || drill.clock().paused()) {
      return written;
    }
    Scenario scenario = scenarioOf(drill);
    for (Inject due :
        InjectScheduler.due(scenario, drill.injects(), drill.clock().at(now), seen(drill))) {
      written.add(releaseWithEffects(incidentId, due));
    }
    return written;
  }

  /**
   * Releases what is due in every running drill, not only the one on screen: a facilitator who
   * looks at another incident for a while must not stall the drill.
   *
   * @return the timeline entries written, in order
   */
  public List<LogEntry> tickAll(Instant now) {
    List<LogEntry> written = new ArrayList<>();
    for (String incidentId : drills.running()) {
      written.addAll(tick(incidentId, now));
    }
    return written;
  }

  /**
   * Puts inject release on the domain scheduler: every running drill releases what is due every
   * five seconds, whether the facilitator's panel is open or not (the panel releases the open
   * drill's injects on the second; each tick parses the scenario, so not every drill every second).
   */
  public org.sitrep.model.feed.Subscription releaseOn(
      org.sitrep.model.schedule.DomainScheduler scheduler) {
    return scheduler.every("drill injects", Duration.ofSeconds(5), this::tickAll);
  }

  /** The facilitator releases an inject now, whatever its time. */
  public LogEntry release(String incidentId, String injectId) {
    Scenario scenario = scenarioOf(drills.get(incidentId));
    Inject inject =
        scenario
            .inject(injectId)
            .filter(i -> i.kind().scheduled())
            .orElseThrow(
                () ->
                    new ChangeRefusedException(
                        "the scenario has no inject " + injectId + " to release"));
    return releaseWithEffects(incidentId, inject);
  }

  public LogEntry skip(String incidentId, String injectId) {
    Inject inject =
        scenarioOf(drills.get(incidentId))
            .inject(injectId)
            .orElseThrow(
                () -> new ChangeRefusedException("the scenario has no inject " + injectId));
    return injects.skip(incidentId, injectId, inject.label());
  }

  public LogEntry delay(String incidentId, String injectId, Duration by) {
    return injects.delay(incidentId, injectId, by);
  }

  public LogEntry acknowledge(String incidentId, String injectId) {
    return injects.acknowledge(incidentId, injectId);
  }

  private LogEntry releaseWithEffects(String incidentId, Inject inject) {
    LogEntry entry = injects.release(incidentId, inject.id(), inject.timelineText());
    if (inject.kind() == InjectKind.TIME_JUMP) {
      drills.jump(incidentId, inject.jump());
    } else if (inject.kind() == InjectKind.OFFLINE && !drills.isOffline(incidentId)) {
      drills.setOffline(incidentId, true);
    }
    return entry;
  }

  private List<InjectScheduler.TimedEvent> seen(Drill drill) {
    var log = workspace.read(dsl -> LogRepository.timeline(dsl, drill.incidentId()));
    return DrillEvents.of(drill, log, checklists.checklistsOf(drill.incidentId())).stream()
        .map(e -> new InjectScheduler.TimedEvent(e.what(), drill.clock().at(e.at())))
        .toList();
  }
}
