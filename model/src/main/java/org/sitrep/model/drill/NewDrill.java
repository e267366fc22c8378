package org.sitrep.model.drill;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.incident.Severity;

/** What starting a drill needs: the scenario as written and how the drill incident looks. */
public record NewDrill(
    String scenarioId,
    String scenarioTitle,
    String scenarioSource,
    Severity severity,
    List<String> services,
    String description,
    int speed) {

  public NewDrill {
    Objects.requireNonNull(scenarioId, "scenarioId");
    Objects.requireNonNull(scenarioTitle, "scenarioTitle");
    Objects.requireNonNull(scenarioSource, "scenarioSource");
    services = List.copyOf(services);
    description = description == null ? "" : description;
  }
}
