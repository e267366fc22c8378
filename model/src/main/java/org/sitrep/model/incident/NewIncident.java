package org.sitrep.model.incident;

import java.util.List;

/** What a commander gives when declaring: the rest (id, time, author) Sitrep fills in. */
public record NewIncident(
    String title, Severity severity, IncidentKind kind, List<String> services, String description) {

  public NewIncident {
    services = services == null ? List.of() : List.copyOf(services);
    description = description == null ? "" : description;
  }
}
