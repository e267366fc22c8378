package org.sitrep.model.incident;

import static org.sitrep.model.store.schema.Tables.INCIDENT_MILESTONE;

import java.time.Instant;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.log.Times;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.write.IncidentOperation;

/** Milestone writes shared by the status and milestone paths of {@link IncidentService}. */
final class IncidentMilestones {

  private IncidentMilestones() {}

  static void set(
      WriteTx tx, Incident incident, Milestone milestone, Instant at, String author, Hlc hlc) {
    java.util.Map<Milestone, Instant> others = new java.util.EnumMap<>(Milestone.class);
    others.putAll(incident.milestones());
    others.remove(milestone);
    MilestoneOrder.check(others, milestone, at, tx.wallTime());
    tx.apply(hlc, new IncidentOperation.SetMilestone(incident.id(), milestone, at, author));
  }

  /** A re-opened incident is no longer resolved: the old resolution time would skew its metrics. */
  static void clearResolved(WriteTx tx, String incidentId, Hlc hlc) {
    boolean resolved =
        tx.dsl()
            .fetchExists(
                INCIDENT_MILESTONE,
                INCIDENT_MILESTONE
                    .INCIDENT_ID
                    .eq(incidentId)
                    .and(INCIDENT_MILESTONE.MILESTONE.eq(Milestone.RESOLVED.name())));
    if (resolved) {
      tx.apply(hlc, new IncidentOperation.ClearMilestone(incidentId, Milestone.RESOLVED));
    }
  }

  /**
   * The started and detected times given at declare, as milestones with their own entries: the
   * postmortem figures are measured from them (ADR 0027).
   */
  static Incident atDeclare(WriteTx tx, Incident declared, NewIncident request, Hlc hlc) {
    Incident incident = declared;
    java.util.Map<Milestone, Instant> given = new java.util.EnumMap<>(Milestone.class);
    request.started().ifPresent(at -> given.put(Milestone.STARTED, at));
    request.detected().ifPresent(at -> given.put(Milestone.DETECTED, at));
    for (java.util.Map.Entry<Milestone, Instant> m : given.entrySet()) {
      if (m.getValue().isAfter(incident.declaredAt())) {
        throw new ChangeRefusedException(
            m.getKey().label()
                + " at "
                + Times.utc(m.getValue())
                + " is after the declaration ("
                + Times.utc(incident.declaredAt())
                + "): it can only be now or earlier");
      }
      IncidentMilestones.set(tx, incident, m.getKey(), m.getValue(), incident.declaredBy(), hlc);
      java.util.Map<Milestone, Instant> now = new java.util.EnumMap<>(Milestone.class);
      now.putAll(incident.milestones());
      now.put(m.getKey(), m.getValue());
      incident = withMilestones(incident, now);
      LogRepository.append(
          tx,
          new Draft(
              incident.id(),
              EventCode.MILESTONE_SET,
              "Milestone "
                  + m.getKey().label()
                  + " at "
                  + Times.utc(m.getValue())
                  + " (at declare)",
              incident.declaredBy()));
    }
    return incident;
  }

  private static Incident withMilestones(Incident i, java.util.Map<Milestone, Instant> milestones) {
    return new Incident(
        i.id(),
        i.title(),
        i.severity(),
        i.kind(),
        i.status(),
        i.description(),
        i.services(),
        i.declaredAt(),
        i.declaredBy(),
        i.roles(),
        milestones);
  }

  /**
   * The resolved milestone and the resolved status say the same thing: setting one sets the other,
   * so the postmortem's figures and the incident list never disagree (ADR 0027).
   */
  static void resolveStatus(WriteTx tx, Incident incident, String author, Hlc hlc, String why) {
    tx.apply(hlc, new IncidentOperation.ChangeStatus(incident.id(), IncidentStatus.RESOLVED));
    LogRepository.append(
        tx,
        new Draft(
            incident.id(),
            EventCode.INCIDENT_RESOLVED,
            "Status: " + incident.status().label() + " → resolved (" + why + ")",
            author));
  }
}
