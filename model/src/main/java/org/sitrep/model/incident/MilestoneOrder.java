package org.sitrep.model.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.log.Times;

/** Milestones must happen in order: mitigated cannot be before detected, and none in the future. */
final class MilestoneOrder {

  /** Laptop clocks disagree by seconds; a minute of slack keeps "now" from reading as future. */
  private static final Duration FUTURE_SLACK = Duration.ofMinutes(1);

  private MilestoneOrder() {}

  static void check(
      Map<Milestone, Instant> existing, Milestone milestone, Instant at, Instant now) {
    if (at.isAfter(now.plus(FUTURE_SLACK))) {
      throw new ChangeRefusedException(
          milestone.label()
              + " at "
              + Times.utc(at)
              + " is in the future (now "
              + Times.utc(now)
              + ")");
    }
    for (Map.Entry<Milestone, Instant> other : existing.entrySet()) {
      Milestone o = other.getKey();
      Instant oAt = other.getValue();
      if (o.ordinal() < milestone.ordinal() && at.isBefore(oAt)) {
        throw new ChangeRefusedException(
            milestone.label()
                + " ("
                + Times.utc(at)
                + ") cannot be before "
                + o.label()
                + " ("
                + Times.utc(oAt)
                + ")");
      }
      if (o.ordinal() > milestone.ordinal() && at.isAfter(oAt)) {
        throw new ChangeRefusedException(
            milestone.label()
                + " ("
                + Times.utc(at)
                + ") cannot be after "
                + o.label()
                + " ("
                + Times.utc(oAt)
                + ")");
      }
    }
  }
}
