package org.sitrep.model.write;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;

/** What a commander does to an incident's own fields (its log entries are {@link LogOperation}). */
public sealed interface IncidentOperation extends Operation {

  String ENTITY = "incident";

  String incidentId();

  @Override
  default String entity() {
    return ENTITY;
  }

  @Override
  default String entityId() {
    return incidentId();
  }

  /** A new incident with everything known at declare. */
  record Declare(Incident incident) implements IncidentOperation {
    @Override
    public String incidentId() {
      return incident.id();
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(
          new FieldWrite("title", incident.title()),
          new FieldWrite("severity", incident.severity().level()),
          new FieldWrite("kind", incident.kind().name()),
          new FieldWrite("status", incident.status().name()),
          new FieldWrite("description", incident.description()),
          new FieldWrite("services", List.copyOf(incident.services())),
          new FieldWrite(
              "declared",
              Map.of("at_ms", incident.declaredAt().toEpochMilli(), "by", incident.declaredBy())));
    }
  }

  record ChangeStatus(String incidentId, IncidentStatus status) implements IncidentOperation {
    @Override
    public List<FieldWrite> writes() {
      return List.of(new FieldWrite("status", status.name()));
    }
  }

  record ChangeSeverity(String incidentId, Severity severity) implements IncidentOperation {
    @Override
    public List<FieldWrite> writes() {
      return List.of(new FieldWrite("severity", severity.level()));
    }
  }

  /** {@code person} holds {@code role} from {@code since} (a handoff replaces the holder). */
  record AssignRole(String incidentId, Role role, String person, Instant since)
      implements IncidentOperation {
    @Override
    public List<FieldWrite> writes() {
      return List.of(
          new FieldWrite(
              "role." + role.name(), Map.of("person", person, "since_ms", since.toEpochMilli())));
    }
  }

  record SetMilestone(String incidentId, Milestone milestone, Instant at, String by)
      implements IncidentOperation {
    @Override
    public List<FieldWrite> writes() {
      return List.of(
          new FieldWrite(
              "milestone." + milestone.name(), Map.of("at_ms", at.toEpochMilli(), "by", by)));
    }
  }

  /** The milestone no longer holds (a re-opened incident is not resolved). */
  record ClearMilestone(String incidentId, Milestone milestone) implements IncidentOperation {
    @Override
    public List<FieldWrite> writes() {
      return java.util.Collections.singletonList(
          new FieldWrite("milestone." + milestone.name(), null));
    }
  }
}
