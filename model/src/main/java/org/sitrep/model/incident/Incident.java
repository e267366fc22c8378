package org.sitrep.model.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An incident as the commander sees it: what, how bad, where it stands and who holds which role.
 */
public record Incident(
    String id,
    String title,
    Severity severity,
    IncidentKind kind,
    IncidentStatus status,
    String description,
    List<String> services,
    Instant declaredAt,
    String declaredBy,
    Map<Role, String> roles,
    Map<Milestone, Instant> milestones) {

  public Incident {
    services = List.copyOf(services);
    roles = Map.copyOf(roles);
    milestones = Map.copyOf(milestones);
  }

  public boolean isDrill() {
    return kind == IncidentKind.DRILL;
  }

  public Optional<String> holder(Role role) {
    return Optional.ofNullable(roles.get(role));
  }

  public Optional<Instant> milestone(Milestone milestone) {
    return Optional.ofNullable(milestones.get(milestone));
  }
}
