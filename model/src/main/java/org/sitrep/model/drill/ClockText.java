package org.sitrep.model.drill;

import java.time.Duration;
import org.sitrep.model.log.EventCode;

/** The timeline's words for a change of the drill clock. */
final class ClockText {

  private ClockText() {}

  static String say(EventCode event, DrillClock before, ClockSegment after, Duration jump) {
    String at = DrillClock.say(Duration.ofMillis(after.drillMs()));
    switch (event) {
      case DRILL_PAUSED:
        return "DRILL paused at " + at + ": the drill clock stands still";
      case DRILL_RESUMED:
        return "DRILL resumed at " + at;
      case DRILL_SPEED_CHANGED:
        return "DRILL speed " + before.speed() + "× → " + after.speed() + "× at " + at;
      case DRILL_TIME_JUMPED:
        return "DRILL time jump: " + jump.toMinutes() + " min later, now " + at + " drill time";
      default:
        return "DRILL clock at " + at;
    }
  }
}
