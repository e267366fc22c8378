package org.sitrep.model.oncall;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.contact.LineProblem;
import org.sitrep.model.escalation.EscalationLevel;
import org.sitrep.model.escalation.EscalationPolicy;
import org.sitrep.model.escalation.EscalationTarget;
import org.sitrep.model.store.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Rotations, overrides and escalation policies in one small JSON file (docs/oncall-format.md), so a
 * fresh laptop can be given its rota without the paging tool. Problems name the path in the file
 * ({@code rotations[0].zone}); a file with any problem is refused as a whole.
 */
public final class OnCallFile {

  /** What the file holds, and what was wrong with it. */
  public record Parsed(
      List<Rotation> rotations,
      List<ShiftOverride> overrides,
      List<EscalationPolicy> policies,
      java.util.Optional<RestRule> rest,
      List<LineProblem> problems) {}

  private OnCallFile() {}

  public static Parsed read(String file, String text) {
    List<LineProblem> problems = new ArrayList<>();
    List<Rotation> rotations = new ArrayList<>();
    List<ShiftOverride> overrides = new ArrayList<>();
    List<EscalationPolicy> policies = new ArrayList<>();
    java.util.Optional<RestRule> rest = java.util.Optional.empty();
    JsonNode root;
    try {
      root = Json.mapper().readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      problems.add(new LineProblem(file, line, "not valid JSON: " + e.getOriginalMessage()));
      return new Parsed(rotations, overrides, policies, rest, problems);
    }
    JsonNode rs = root.path("rotations");
    for (int i = 0; i < rs.size(); i++) {
      String at = "rotations[" + i + "]";
      try {
        Rotation r = rotation(rs.get(i), at);
        rotations.add(r);
        JsonNode os = rs.get(i).path("overrides");
        for (int j = 0; j < os.size(); j++) {
          overrides.add(override(r, os.get(j), at + ".overrides[" + j + "]"));
        }
      } catch (ChangeRefusedException e) {
        problems.add(new LineProblem(file, 0, e.getMessage()));
      }
    }
    if (root.has("rest")) {
      try {
        rest = java.util.Optional.of(rest(root.path("rest")));
      } catch (ChangeRefusedException e) {
        problems.add(new LineProblem(file, 0, e.getMessage()));
      }
    }
    JsonNode ps = root.path("policies");
    for (int i = 0; i < ps.size(); i++) {
      try {
        policies.add(policy(ps.get(i), "policies[" + i + "]"));
      } catch (ChangeRefusedException e) {
        problems.add(new LineProblem(file, 0, e.getMessage()));
      }
    }
    if (rs.isEmpty() && ps.isEmpty() && rest.isEmpty() && problems.isEmpty()) {
      problems.add(
          new LineProblem(file, 1, "no \"rotations\" and no \"policies\": nothing to import"));
    }
    return new Parsed(rotations, overrides, policies, rest, problems);
  }

  private static Rotation rotation(JsonNode n, String at) {
    String id = required(n, "id", at);
    ZoneId zone = zone(required(n, "zone", at), at + ".zone");
    List<RotationLayer> layers = new ArrayList<>();
    JsonNode ls = n.path("layers");
    for (int i = 0; i < ls.size(); i++) {
      String lat = at + ".layers[" + i + "]";
      List<String> members = new ArrayList<>();
      ls.get(i).path("members").forEach(m -> members.add(m.asString()));
      layers.add(new RotationLayer(required(ls.get(i), "name", lat), members));
    }
    if (layers.isEmpty()) {
      throw new ChangeRefusedException(
          at + ".layers: a rotation needs at least one layer (primary)");
    }
    List<String> services = new ArrayList<>();
    n.path("services").forEach(s -> services.add(s.asString()));
    LocalDateTime starts;
    try {
      starts = LocalDateTime.parse(required(n, "starts", at));
    } catch (DateTimeException e) {
      throw new ChangeRefusedException(
          at
              + ".starts: '"
              + n.path("starts").asString()
              + "' is not a local date-time like 2026-11-02T09:00");
    }
    ShiftLength shift;
    try {
      shift = ShiftLength.parse(required(n, "shift", at));
    } catch (ChangeRefusedException e) {
      throw new ChangeRefusedException(at + ".shift: " + e.getMessage());
    }
    return new Rotation(
        id,
        n.path("name").asString(id),
        n.path("team").asString(id),
        services,
        zone,
        starts,
        shift,
        layers);
  }

  private static ShiftOverride override(Rotation r, JsonNode n, String at) {
    String layer = n.path("layer").asString("primary");
    if (r.layer(layer).isEmpty()) {
      throw new ChangeRefusedException(
          at + ".layer: rotation " + r.id() + " has no layer '" + layer + "'");
    }
    Instant from = instant(required(n, "from", at), r.zone(), at + ".from");
    Instant to = instant(required(n, "to", at), r.zone(), at + ".to");
    if (!to.isAfter(from)) {
      throw new ChangeRefusedException(at + ": 'to' must be after 'from'");
    }
    return new ShiftOverride(
        "",
        r.id(),
        layer.toLowerCase(Locale.ROOT),
        required(n, "person", at),
        from,
        to,
        n.path("reason").asString(""));
  }

  private static EscalationPolicy policy(JsonNode n, String at) {
    String id = required(n, "id", at);
    List<EscalationLevel> levels = new ArrayList<>();
    JsonNode ls = n.path("levels");
    for (int i = 0; i < ls.size(); i++) {
      String lat = at + ".levels[" + i + "]";
      List<EscalationTarget> targets = new ArrayList<>();
      JsonNode ts = ls.get(i).path("targets");
      for (int j = 0; j < ts.size(); j++) {
        try {
          targets.add(EscalationTarget.parse(ts.get(j).asString()));
        } catch (ChangeRefusedException e) {
          throw new ChangeRefusedException(lat + ".targets[" + j + "]: " + e.getMessage());
        }
      }
      if (targets.isEmpty()) {
        throw new ChangeRefusedException(lat + ".targets: a level must page someone");
      }
      levels.add(
          new EscalationLevel(
              duration(ls.get(i).path("wait").asString("0m"), lat + ".wait"), targets));
    }
    if (levels.isEmpty()) {
      throw new ChangeRefusedException(at + ".levels: a policy needs at least one level");
    }
    return new EscalationPolicy(id, n.path("name").asString(id), levels);
  }

  /** {@code "rest": {"night": "22:00-07:00", "hours": 24}}: who answered at night rests. */
  private static RestRule rest(JsonNode n) {
    String night = n.path("night").asString("22:00-07:00");
    String[] ends = night.split("-");
    try {
      long hours = n.path("hours").asLong(24);
      if (ends.length != 2 || hours <= 0 || hours > 168) {
        throw new DateTimeException(night);
      }
      return new RestRule(
          java.time.LocalTime.parse(ends[0].strip()),
          java.time.LocalTime.parse(ends[1].strip()),
          Duration.ofHours(hours));
    } catch (DateTimeException e) {
      throw new ChangeRefusedException(
          "rest: night must be like \"22:00-07:00\" and hours between 1 and 168");
    }
  }

  /** "10m", "1h", "30s", or ISO-8601 "PT10M". */
  static Duration duration(String text, String at) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.matches("\\d+[smh]")) {
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
          case 's' -> Duration.ofSeconds(n);
          case 'h' -> Duration.ofHours(n);
          default -> Duration.ofMinutes(n);
        };
      }
      return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException e) {
      throw new ChangeRefusedException(
          at + ": '" + text + "' is not a wait: use 10m, 1h, 30s or PT10M");
    }
  }

  static Instant instant(String text, ZoneId zone, String at) {
    try {
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(text).toInstant();
      }
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw new ChangeRefusedException(
          at + ": '" + text + "' is not a date-time like 2026-11-21T09:00");
    }
  }

  static ZoneId zone(String text, String at) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new ChangeRefusedException(
          at + ": unknown time zone '" + text + "' (use a name like Europe/Berlin)");
    }
  }

  private static String required(JsonNode n, String field, String at) {
    String v = n.path(field).asString("").strip();
    if (v.isEmpty()) {
      throw new ChangeRefusedException(at + "." + field + " is missing");
    }
    return v;
  }
}
