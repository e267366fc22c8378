package org.sitrep.model.entry;

import java.time.Instant;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;

/** What one line typed into the quick-entry box asks for. */
public sealed interface QuickEntry {

  /** Carries the line out on {@code incidentId}: one transaction, one log entry. */
  LogEntry applyTo(IncidentService incidents, String incidentId);

  /** Plain text (a note) or {@code /decision}, {@code /action}, {@code /comms}. */
  record Text(EntryKind kind, String text) implements QuickEntry {
    @Override
    public LogEntry applyTo(IncidentService incidents, String incidentId) {
      return incidents.addEntry(incidentId, kind, text);
    }
  }

  record StatusChange(IncidentStatus status) implements QuickEntry {
    @Override
    public LogEntry applyTo(IncidentService incidents, String incidentId) {
      return incidents.changeStatus(incidentId, status);
    }
  }

  record SeverityChange(Severity severity) implements QuickEntry {
    @Override
    public LogEntry applyTo(IncidentService incidents, String incidentId) {
      return incidents.changeSeverity(incidentId, severity);
    }
  }

  record RoleChange(Role role, String person) implements QuickEntry {
    @Override
    public LogEntry applyTo(IncidentService incidents, String incidentId) {
      return incidents.assignRole(incidentId, role, person);
    }
  }

  record MilestoneMark(Milestone milestone, Instant at) implements QuickEntry {
    @Override
    public LogEntry applyTo(IncidentService incidents, String incidentId) {
      return incidents.setMilestone(incidentId, milestone, at);
    }
  }
}
