package org.sitrep.model.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a commander gives when declaring: the rest (id, time, author) Sitrep fills in.
 *
 * @param started when the impact began, if the commander knows; recorded as the started milestone
 * @param detected when someone noticed, if earlier than now; recorded as the detected milestone
 */
public record NewIncident(
    String title,
    Severity severity,
    IncidentKind kind,
    List<String> services,
    String description,
    Optional<Instant> started,
    Optional<Instant> detected) {

  public NewIncident {
    services = services == null ? List.of() : List.copyOf(services);
    description = description == null ? "" : description;
    started = started == null ? Optional.empty() : started;
    detected = detected == null ? Optional.empty() : detected;
  }

  public NewIncident(
      String title,
      Severity severity,
      IncidentKind kind,
      List<String> services,
      String description) {
    this(title, severity, kind, services, description, Optional.empty(), Optional.empty());
  }
}
