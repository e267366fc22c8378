package org.sitrep.model.drill;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A drill as stored: the incident it plays on, the scenario text it was started from (verbatim),
 * who runs it, its clock, whether the plug is pulled, and what happened to each inject so far.
 */
public record Drill(
    String incidentId,
    String scenarioId,
    String scenarioTitle,
    String scenarioSource,
    String facilitator,
    Instant startedAt,
    Optional<Instant> endedAt,
    boolean offline,
    DrillClock clock,
    Map<String, InjectState> injects) {

  public Drill {
    injects = Map.copyOf(injects);
  }

  public boolean ended() {
    return endedAt.isPresent();
  }

  public InjectState inject(String injectId) {
    return injects.getOrDefault(injectId, InjectState.pending(injectId));
  }
}
