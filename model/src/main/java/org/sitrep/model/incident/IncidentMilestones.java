package org.sitrep.model.incident;

import static org.sitrep.model.store.schema.Tables.INCIDENT_MILESTONE;

import java.time.Instant;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.store.WriteTx;

/** Milestone writes shared by the status and milestone paths of {@link IncidentService}. */
final class IncidentMilestones {

  private IncidentMilestones() {}

  static void set(
      WriteTx tx, Incident incident, Milestone milestone, Instant at, String author, Hlc hlc) {
    java.util.Map<Milestone, Instant> others = new java.util.EnumMap<>(Milestone.class);
    others.putAll(incident.milestones());
    others.remove(milestone);
    MilestoneOrder.check(others, milestone, at, tx.wallTime());
    IncidentRepository.setMilestone(tx.dsl(), incident.id(), milestone, at, author);
    IncidentService.record(
        tx,
        hlc,
        incident.id(),
        "milestone." + milestone.name(),
        java.util.Map.of("at_ms", at.toEpochMilli(), "by", author));
  }

  /** A re-opened incident is no longer resolved: the old resolution time would skew its metrics. */
  static void clearResolved(WriteTx tx, String incidentId, Hlc hlc) {
    int removed =
        tx.dsl()
            .deleteFrom(INCIDENT_MILESTONE)
            .where(INCIDENT_MILESTONE.INCIDENT_ID.eq(incidentId))
            .and(INCIDENT_MILESTONE.MILESTONE.eq(Milestone.RESOLVED.name()))
            .execute();
    if (removed > 0) {
      IncidentService.record(tx, hlc, incidentId, "milestone." + Milestone.RESOLVED.name(), null);
    }
  }
}
