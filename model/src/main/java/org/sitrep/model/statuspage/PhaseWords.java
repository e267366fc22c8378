package org.sitrep.model.statuspage;

import org.sitrep.model.comms.UpdatePhase;
import org.sitrep.model.incident.Severity;

/** The words a status page uses, which are not the words responders use. */
final class PhaseWords {

  private PhaseWords() {}

  static String of(UpdatePhase phase) {
    switch (phase) {
      case INVESTIGATING:
        return "Investigating";
      case IDENTIFIED:
        return "Identified";
      case MONITORING:
        return "Monitoring";
      case RESOLVED:
        return "Resolved";
      default:
        return "Follow-up";
    }
  }

  static String impact(Severity severity) {
    switch (severity) {
      case SEV1:
        return "Major outage";
      case SEV2:
        return "Partial outage";
      default:
        return "Degraded performance";
    }
  }
}
