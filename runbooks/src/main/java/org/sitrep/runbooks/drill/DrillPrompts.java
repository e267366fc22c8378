package org.sitrep.runbooks.drill;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.store.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A "Wheel of Misfortune" list — a JSON array of short incident prompts, as strings or as objects
 * ({@code title}/{@code name}, {@code description}/{@code prompt}, {@code severity}, {@code tags})
 * — turned into scenario files of one inject each, so a team's game-day prompts start with {@code
 * drill start}. Every scenario written is checked by {@link ScenarioParser} first; a bad prompt is
 * named by its JSON path and nothing is written.
 */
public final class DrillPrompts {

  /** One scenario to write: its id (also the file name, {@code ID.yaml}) and its YAML. */
  public record Prompted(String id, String title, String yaml) {}

  private static final List<String> TITLE = List.of("title", "name", "summary");
  private static final List<String> TEXT =
      List.of("description", "prompt", "text", "scenario", "details");
  private static final List<String> SEVERITY = List.of("severity", "sev", "priority");
  private static final List<String> KNOWN =
      List.of(
          "title",
          "name",
          "summary",
          "description",
          "prompt",
          "text",
          "scenario",
          "details",
          "severity",
          "sev",
          "priority",
          "tags",
          "id");

  private DrillPrompts() {}

  /** The scenarios of {@code text}; warnings (fields not used) are added to {@code warnings}. */
  public static List<Prompted> read(String file, String text, List<String> warnings) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new ChangeRefusedException(file + ":" + line + ":" + column + ": not valid JSON");
    }
    String base = "$";
    if (root != null && root.isObject()) {
      for (String key : List.of("prompts", "scenarios", "items")) {
        if (root.path(key).isArray()) {
          base = "$." + key;
          root = root.get(key);
          break;
        }
      }
    }
    if (root == null || !root.isArray() || root.isEmpty()) {
      throw new ChangeRefusedException(
          file + ":" + base + ": expected a non-empty JSON array of prompts");
    }
    List<Prompted> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < root.size(); i++) {
      String path = base + "[" + i + "]";
      Prompted p = prompt(file, path, root.get(i), ids, warnings);
      ScenarioParse parsed = ScenarioParser.parse(p.id() + ".yaml", p.yaml());
      if (parsed.hasErrors()) {
        throw new ChangeRefusedException(
            file + ":" + path + ": does not make a valid scenario: " + parsed.problems());
      }
      out.add(p);
    }
    return out;
  }

  private static Prompted prompt(
      String file, String path, JsonNode n, Set<String> ids, List<String> warnings) {
    String title;
    String description;
    String severity = "SEV3";
    List<String> tags = new ArrayList<>();
    String wantedId = "";
    if (n.isString()) {
      description = n.asString().strip();
      title = firstSentence(description);
    } else if (n.isObject()) {
      title = first(file, path, n, TITLE);
      description = first(file, path, n, TEXT);
      String sev = first(file, path, n, SEVERITY);
      if (!sev.isEmpty()) {
        severity = severity(file, path, sev);
      }
      JsonNode t = n.path("tags");
      if (t.isArray()) {
        t.forEach(x -> tags.add(x.asString("").strip()));
      } else if (t.isString()) {
        for (String x : t.asString().split(",")) {
          tags.add(x.strip());
        }
      }
      wantedId = n.path("id").isString() ? n.path("id").asString() : "";
      n.properties()
          .forEach(
              e -> {
                if (!KNOWN.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                  warnings.add(file + ":" + path + "." + e.getKey() + ": not used");
                }
              });
      if (title.isEmpty()) {
        title = firstSentence(description);
      }
      if (description.isEmpty()) {
        description = title;
      }
    } else {
      throw new ChangeRefusedException(
          file + ":" + path + ": a prompt must be a string or an object, not " + n.getNodeType());
    }
    if (description.isEmpty()) {
      throw new ChangeRefusedException(
          file + ":" + path + ": the prompt is empty (no title, name, description or prompt)");
    }
    tags.removeIf(String::isEmpty);
    String id = uniqueId(slug(wantedId.isEmpty() ? title : wantedId), ids);
    return new Prompted(id, title, yaml(id, title, description, severity, tags));
  }

  private static String first(String file, String path, JsonNode n, List<String> keys) {
    for (String k : keys) {
      JsonNode v = n.get(k);
      if (v == null || v.isNull()) {
        continue;
      }
      if (!v.isValueNode()) {
        throw new ChangeRefusedException(file + ":" + path + "." + k + ": must be text");
      }
      String s = v.asString("").strip();
      if (!s.isEmpty()) {
        return s;
      }
    }
    return "";
  }

  /** SEV1–SEV4, 1–4, P1–P4, or critical/high/medium/low. */
  static String severity(String file, String path, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT).replace("sev", "").replace("p", "");
    switch (v) {
      case "1":
      case "critical":
        return "SEV1";
      case "2":
      case "high":
      case "major":
        return "SEV2";
      case "3":
      case "medium":
      case "moderate":
        return "SEV3";
      case "4":
      case "low":
      case "minor":
        return "SEV4";
      default:
        throw new ChangeRefusedException(
            file
                + ":"
                + path
                + ".severity: '"
                + value
                + "' is not a severity (SEV1–SEV4, 1–4, P1–P4, critical/high/medium/low)");
    }
  }

  private static String yaml(
      String id, String title, String description, String severity, List<String> tags) {
    StringBuilder y = new StringBuilder();
    y.append("# Imported from a game-day prompt list: one inject, the prompt itself.\n");
    y.append("id: ").append(id).append('\n');
    y.append("title: ").append(quote(title)).append('\n');
    String about =
        tags.isEmpty() ? description : description + "\n\nTags: " + String.join(", ", tags);
    y.append("description: ").append(quote(about)).append('\n');
    y.append("severity: ").append(severity).append('\n');
    y.append("injects:\n");
    y.append("  - id: prompt\n");
    y.append("    kind: alert\n");
    y.append("    at: T+0m\n");
    y.append("    text: ").append(quote(description)).append('\n');
    return y.toString();
  }

  /** A JSON string is a YAML double-quoted scalar: every character escaped as YAML expects. */
  private static String quote(String text) {
    return Json.write(text);
  }

  private static String firstSentence(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    int end = oneLine.indexOf(". ");
    String s = end > 0 ? oneLine.substring(0, end) : oneLine;
    return s.length() <= 80 ? s : s.substring(0, 79).strip() + "…";
  }

  static String slug(String text) {
    String s =
        text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 60) {
      s = s.substring(0, 60).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "prompt" : s;
  }

  private static String uniqueId(String wanted, Set<String> ids) {
    String id = wanted;
    for (int n = 2; !ids.add(id); n++) {
      id = wanted + "-" + n;
    }
    return id;
  }
}
