package org.sitrep.model.postmortem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.store.Workspace;

/**
 * Time to detect, acknowledge, mitigate and resolve across the workspace's real incidents: the
 * figures a team reports upwards. Drills are practice and never counted here, however they are
 * marked up: they have their own scorecard.
 */
public final class RealIncidentMetrics {

  /** One figure over many incidents: how many had both ends recorded, and the median span. */
  public record Summary(String name, int measured, Optional<Duration> median) {}

  private final List<Incident> real;

  private RealIncidentMetrics(List<Incident> incidents) {
    this.real = incidents.stream().filter(i -> !i.isDrill()).toList();
  }

  public static RealIncidentMetrics of(List<Incident> incidents) {
    return new RealIncidentMetrics(incidents);
  }

  public static RealIncidentMetrics of(Workspace workspace) {
    return of(workspace.read(IncidentRepository::all));
  }

  /** The incidents counted: real ones only. */
  public List<Incident> incidents() {
    return real;
  }

  public List<Summary> summaries() {
    Map<String, List<Duration>> spans = new LinkedHashMap<>();
    for (Incident i : real) {
      for (IncidentMetrics.Metric m : IncidentMetrics.of(i).metrics()) {
        List<Duration> list = spans.computeIfAbsent(m.name(), k -> new ArrayList<>());
        m.span().filter(d -> !d.isNegative()).ifPresent(list::add);
      }
    }
    if (spans.isEmpty()) {
      new IncidentMetrics(Map.of()).metrics().forEach(m -> spans.put(m.name(), List.of()));
    }
    List<Summary> out = new ArrayList<>();
    spans.forEach((name, list) -> out.add(new Summary(name, list.size(), median(list))));
    return out;
  }

  private static Optional<Duration> median(List<Duration> spans) {
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    List<Duration> sorted = spans.stream().sorted().toList();
    int mid = sorted.size() / 2;
    return Optional.of(
        sorted.size() % 2 == 1
            ? sorted.get(mid)
            : sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2));
  }
}
