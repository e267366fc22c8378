package org.sitrep.model.oncall;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A team's on-call rotation: layers of people taking turns, handing over every {@code shift} from
 * {@code starts} (a local date-time in {@code zone}; that local time is the hand-over time).
 */
public record Rotation(
    String id,
    String name,
    String team,
    List<String> services,
    ZoneId zone,
    LocalDateTime starts,
    ShiftLength shift,
    List<RotationLayer> layers) {

  public Rotation {
    team = team.strip().toLowerCase(Locale.ROOT);
    services = services.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    layers = List.copyOf(layers);
  }

  public Optional<RotationLayer> layer(String layerName) {
    return layers.stream().filter(l -> l.name().equalsIgnoreCase(layerName)).findFirst();
  }

  /** True when {@code teamOrService} names this rotation's team or one of its services. */
  public boolean covers(String teamOrService) {
    String t = teamOrService.strip().toLowerCase(Locale.ROOT);
    return team.equals(t) || services.contains(t) || id.equals(t);
  }

  public Map<String, Object> fields() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", name);
    f.put("team", team);
    f.put("services", services);
    f.put("time_zone", zone.getId());
    f.put("starts", starts.toString());
    f.put("shift", shift.toString());
    f.put("layers", layers);
    return f;
  }
}
