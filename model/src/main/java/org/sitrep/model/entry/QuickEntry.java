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

  /**
   * {@code /page TARGET}: started by the escalation service, not the incident service, so the entry
   * line hands it to its pager (QuickEntryViewModel) instead of calling this.
   */
  record PageRequest(String target) implements QuickEntry {
    @Override
    public LogEntry applyTo(IncidentService incidents, String incidentId) {
      throw new org.sitrep.model.ChangeRefusedException(
          "/page needs the paging service: use it in the window");
    }
  }

  record MilestoneMark(Milestone milestone, Instant at) implements QuickEntry {
    @Override
    public LogEntry applyTo(IncidentService incidents, String incidentId) {
      return incidents.setMilestone(incidentId, milestone, at);
    }
  }
}
