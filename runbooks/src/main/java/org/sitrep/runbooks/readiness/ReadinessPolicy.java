package org.sitrep.runbooks.readiness;

import java.time.ZoneId;
import org.sitrep.runbooks.format.RunbookLinter;

/**
 * How far back readiness looks: restores count for "can everyone do it?" for {@code practiceDays},
 * each drill kind is due every {@code drillEveryDays}, runbooks go stale after {@code
 * staleAfterDays} (as {@code runbooks lint}); dates are counted in {@code zone}.
 */
public record ReadinessPolicy(
    int practiceDays, int drillEveryDays, int staleAfterDays, ZoneId zone) {

  public static final ReadinessPolicy DEFAULT =
      new ReadinessPolicy(90, 180, RunbookLinter.DEFAULT_STALE_AFTER_DAYS, ZoneId.of("UTC"));

  public ReadinessPolicy withZone(ZoneId z) {
    return new ReadinessPolicy(practiceDays, drillEveryDays, staleAfterDays, z);
  }
}
