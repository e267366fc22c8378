package org.sitrep.model.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.write.DrillOperation;

/**
 * Everything the facilitator does to a drill. Each call is one transaction: the drill's state, the
 * timeline entry the players see and the outbox operations (one per changed field) commit together.
 * Knows nothing of scenario files: the caller (the drill runner) says what an inject reads like.
 */
public final class DrillService {

  private final Workspace workspace;
  private final IncidentService incidents;

  public DrillService(Workspace workspace) {
    this.workspace = workspace;
    this.incidents = new IncidentService(workspace);
  }

  /** Declares the drill incident and starts its clock at T+0, in one transaction. */
  public Drill start(NewDrill request) {
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          Incident incident =
              incidents.declare(
                  tx,
                  new NewIncident(
                      request.scenarioTitle(),
                      request.severity(),
                      IncidentKind.DRILL,
                      request.services(),
                      request.description()));
          Instant now = incident.declaredAt();
          Drill drill =
              new Drill(
                  incident.id(),
                  request.scenarioId(),
                  request.scenarioTitle(),
                  request.scenarioSource(),
                  author,
                  now,
                  Optional.empty(),
                  false,
                  DrillClock.startedAt(now, request.speed()),
                  Map.of());
          Hlc hlc = tx.tick();
          tx.apply(hlc, new DrillOperation.Start(drill));
          String id = drill.incidentId();
          tx.apply(hlc, new DrillOperation.AddClockSegment(id, 0, drill.clock().current()));
          append(
              tx,
              id,
              EventCode.DRILL_STARTED,
              "DRILL started from scenario "
                  + request.scenarioId()
                  + " at "
                  + request.speed()
                  + "× speed; "
                  + author
                  + " facilitates");
          return drill;
        });
  }

  public Optional<Drill> find(String incidentId) {
    return workspace.read(dsl -> DrillRepository.find(dsl, incidentId));
  }

  /** The incident ids of the drills still running, oldest first. */
  public List<String> running() {
    return workspace.read(DrillRepository::running);
  }

  public Drill get(String incidentId) {
    return find(incidentId)
        .orElseThrow(
            () -> new NotFoundException(incidentId + " is not a drill started from a scenario"));
  }

  /**
   * True while any running drill has its plug pulled: sync and outbound integrations must behave as
   * if this laptop were offline. The sync scheduler and integrations ask this before each run.
   */
  public boolean isOffline() {
    return workspace.read(DrillRepository::anyOffline);
  }

  public boolean isOffline(String incidentId) {
    return find(incidentId).map(d -> d.offline() && !d.ended()).orElse(false);
  }

  public LogEntry pause(String incidentId) {
    return clockChange(incidentId, c -> c.speed(), true, Duration.ZERO, EventCode.DRILL_PAUSED);
  }

  public LogEntry resume(String incidentId) {
    return clockChange(incidentId, c -> c.speed(), false, Duration.ZERO, EventCode.DRILL_RESUMED);
  }

  public LogEntry setSpeed(String incidentId, int speed) {
    if (speed < 1 || speed > ClockSegment.MAX_SPEED) {
      throw new ChangeRefusedException(
          "speed must be a whole number from 1 to " + ClockSegment.MAX_SPEED + ", not " + speed);
    }
    return clockChange(incidentId, c -> speed, null, Duration.ZERO, EventCode.DRILL_SPEED_CHANGED);
  }

  /** Moves the drill clock on by {@code by} at once ("two hours later…"). */
  public LogEntry jump(String incidentId, Duration by) {
    if (by.isNegative() || by.isZero()) {
      throw new ChangeRefusedException("a time jump moves the drill clock forward");
    }
    return clockChange(incidentId, c -> c.speed(), null, by, EventCode.DRILL_TIME_JUMPED);
  }

  /**
   * "Pull the plug": Sitrep behaves as if offline until the plug goes back in or the drill ends.
   */
  public LogEntry setOffline(String incidentId, boolean offline) {
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          Drill d = running(tx, incidentId);
          if (d.offline() == offline) {
            throw new ChangeRefusedException(
                offline ? "the plug is already pulled" : "the plug is already in");
          }
          Hlc hlc = tx.tick();
          tx.apply(hlc, new DrillOperation.SetOffline(incidentId, offline));
          return append(
              tx,
              incidentId,
              offline ? EventCode.DRILL_PLUG_PULLED : EventCode.DRILL_PLUG_RESTORED,
              offline
                  ? "DRILL — plug pulled by "
                      + author
                      + ": Sitrep works as if offline (sync and outbound integrations paused)"
                  : "DRILL — plug back in: sync and outbound integrations may run again");
        });
  }

  public LogEntry end(String incidentId) {
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          Drill d = running(tx, incidentId);
          Instant now = tx.wallTime();
          Duration at = d.clock().at(now);
          Hlc hlc = tx.tick();
          tx.apply(hlc, new DrillOperation.End(incidentId, now));
          if (!d.clock().paused()) {
            ClockSegment stop = d.clock().next(now, d.clock().speed(), true);
            addSegment(tx, hlc, d, stop);
          }
          LogEntry ended =
              append(
                  tx,
                  incidentId,
                  EventCode.DRILL_ENDED,
                  "DRILL ended by " + author + " at " + DrillClock.say(at) + " drill time");
          // An ended exercise is over: its incident must not go on reading "investigating".
          new org.sitrep.model.incident.IncidentService(workspace)
              .resolveWithin(tx, incidentId, "drill ended");
          return ended;
        });
  }

  /** Internal to the clock-changing calls: {@code paused} null keeps the current state. */
  private LogEntry clockChange(
      String incidentId,
      java.util.function.ToIntFunction<DrillClock> speed,
      Boolean paused,
      Duration jump,
      EventCode event) {
    return workspace.write(
        tx -> {
          Drill d = running(tx, incidentId);
          DrillClock clock = d.clock();
          boolean pause = paused == null ? clock.paused() : paused;
          if (paused != null && pause == clock.paused()) {
            throw new ChangeRefusedException(
                pause ? "the drill is already paused" : "the drill is already running");
          }
          int newSpeed = speed.applyAsInt(clock);
          if (event == EventCode.DRILL_SPEED_CHANGED && newSpeed == clock.speed()) {
            throw new ChangeRefusedException("the drill already runs at " + newSpeed + "×");
          }
          Instant now = tx.wallTime();
          ClockSegment next = clock.next(now, newSpeed, pause, jump);
          Hlc hlc = tx.tick();
          addSegment(tx, hlc, d, next);
          return append(tx, incidentId, event, ClockText.say(event, clock, next, jump));
        });
  }

  void addSegment(WriteTx tx, Hlc hlc, Drill d, ClockSegment s) {
    int seq = d.clock().segments().size();
    tx.apply(hlc, new DrillOperation.AddClockSegment(d.incidentId(), seq, s));
  }

  static Drill running(WriteTx tx, String incidentId) {
    Drill d =
        DrillRepository.find(tx.dsl(), incidentId)
            .orElseThrow(
                () ->
                    new NotFoundException(incidentId + " is not a drill started from a scenario"));
    if (d.ended()) {
      throw new ChangeRefusedException("the drill " + incidentId + " has ended");
    }
    return d;
  }

  LogEntry append(WriteTx tx, String incidentId, EventCode event, String text) {
    return LogRepository.append(tx, new Draft(incidentId, event, text, workspace.operator()));
  }

  /**
   * An inject speaks for the scenario, not for whoever runs the facilitator's laptop: the debrief
   * must not read the commander as the author of the alert they answered.
   */
  LogEntry appendAsScenario(WriteTx tx, Drill d, EventCode event, String text) {
    return LogRepository.append(
        tx, new Draft(d.incidentId(), event, text, scenarioAuthor(d.scenarioId())));
  }

  /** The author of a scenario's injects in the log: "scenario bad-deploy". */
  public static String scenarioAuthor(String scenarioId) {
    return "scenario " + scenarioId;
  }

  Workspace workspace() {
    return workspace;
  }
}
