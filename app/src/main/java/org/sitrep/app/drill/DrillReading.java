package org.sitrep.app.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.drill.DrillClock;
import org.sitrep.model.drill.InjectStatus;
import org.sitrep.model.log.LogEntry;
import org.sitrep.runbooks.drill.DrillRunner;
import org.sitrep.runbooks.drill.Upcoming;

/**
 * One read of the open drill for the facilitator's panel: the drill, its injects' plan, the drill
 * time it was read at and what that read released. The clock text and what has come due since are
 * worked out from it at any later moment without the store.
 */
record DrillReading(Drill drill, List<Upcoming> plan, Duration at, List<LogEntry> released) {

  static DrillReading read(
      DrillRunner runner, String incident, Instant now, List<LogEntry> released) {
    Drill drill = runner.drills().get(incident);
    return new DrillReading(drill, runner.plan(incident, now), drill.clock().at(now), released);
  }

  /** "T+04:12 · 2× · PAUSED" at drill time {@code at}. */
  String clockText(Duration at) {
    return DrillClock.say(at)
        + " · "
        + drill.clock().speed()
        + "×"
        + (drill.ended() ? " · ENDED" : drill.clock().paused() ? " · PAUSED" : "")
        + (drill.offline() && !drill.ended() ? " · PLUG PULLED" : "");
  }

  /** The pending injects whose time has come at drill time {@code at} (none while paused). */
  List<String> dueBy(Duration at) {
    if (drill.ended() || drill.clock().paused()) {
      return List.of();
    }
    return plan.stream()
        .filter(
            u ->
                u.status() == InjectStatus.PENDING
                    && u.dueAt().filter(t -> t.compareTo(at) <= 0).isPresent())
        .map(u -> u.inject().id())
        .toList();
  }
}
