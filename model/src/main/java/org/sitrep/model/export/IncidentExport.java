package org.sitrep.model.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.log.Times;
import org.sitrep.model.store.Json;

/**
 * An incident and its whole log, as a file to hand over: JSON for tools (every field, including the
 * chain hashes, so the copy can be checked), Markdown for people.
 */
public record IncidentExport(Incident incident, List<LogEntry> entries) {

  public static IncidentExport of(DSLContext dsl, String incidentId) {
    return new IncidentExport(
        IncidentRepository.get(dsl, incidentId), LogRepository.timeline(dsl, incidentId));
  }

  public String toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", "sitrep-incident-export/1");
    doc.put("incident", incidentFields());
    doc.put("entries", entries.stream().map(IncidentExport::entryFields).toList());
    return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
  }

  public String toMarkdown() {
    Incident i = incident;
    StringBuilder md = new StringBuilder();
    md.append("# ")
        .append(i.isDrill() ? "[DRILL] " : "")
        .append(i.id())
        .append(": ")
        .append(i.title())
        .append("\n\n");
    if (i.isDrill()) {
      md.append("> **This is a drill.** Nothing in this record happened to production.\n\n");
    }
    md.append("| | |\n|---|---|\n");
    md.append("| Severity | ")
        .append(i.severity())
        .append(" (")
        .append(i.severity().meaning())
        .append(") |\n");
    md.append("| Status | ").append(i.status().label()).append(" |\n");
    md.append("| Declared | ")
        .append(Times.utc(i.declaredAt()))
        .append(" by ")
        .append(cell(i.declaredBy()))
        .append(" |\n");
    if (!i.services().isEmpty()) {
      md.append("| Services | ").append(cell(String.join(", ", i.services()))).append(" |\n");
    }
    i.roles().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            r ->
                md.append("| ")
                    .append(cap(r.getKey().label()))
                    .append(" | ")
                    .append(cell(r.getValue()))
                    .append(" |\n"));
    i.milestones().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            m ->
                md.append("| ")
                    .append(cap(m.getKey().label()))
                    .append(" | ")
                    .append(Times.utc(m.getValue()))
                    .append(" |\n"));
    if (!i.description().isBlank()) {
      md.append("\n").append(i.description()).append("\n");
    }
    md.append("\n## Timeline (UTC)\n\n");
    for (LogEntry e : entries) {
      md.append("- **")
          .append(Times.utc(e.wallTime()))
          .append("** · ")
          .append(e.kind().label())
          .append(" · ")
          .append(e.author())
          .append(
              e.authorRole()
                  .map(
                      r ->
                          " ("
                              + r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                              + ")")
                  .orElse(""))
          .append(" — ")
          .append(e.text().replace("\n", "\n  "))
          .append(e.corrects().map(c -> " _(corrects " + c.substring(0, 8) + ")_").orElse(""))
          .append("\n");
    }
    return md.toString();
  }

  private Map<String, Object> incidentFields() {
    Incident i = incident;
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", i.id());
    f.put("title", i.title());
    f.put("severity", i.severity().name());
    f.put("kind", i.kind().name());
    f.put("status", i.status().name());
    f.put("description", i.description());
    f.put("services", i.services());
    f.put("declared_at", i.declaredAt().toString());
    f.put("declared_by", i.declaredBy());
    f.put(
        "roles",
        i.roles().entrySet().stream()
            .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue)));
    f.put(
        "milestones",
        i.milestones().entrySet().stream()
            .collect(Collectors.toMap(e -> e.getKey().name(), e -> e.getValue().toString())));
    return f;
  }

  private static Map<String, Object> entryFields(LogEntry e) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", e.id());
    f.put("time", e.wallTime().toString());
    f.put("hlc", e.hlc().packed());
    f.put("device", e.device());
    f.put("device_seq", e.deviceSeq());
    f.put("author", e.author());
    f.put("author_role", e.authorRole().map(Enum::name).orElse(null));
    f.put("kind", e.kind().name());
    f.put("event", e.event().code());
    f.put("severity", e.severity().name());
    f.put("text", e.text());
    f.put("corrects", e.corrects().orElse(null));
    f.put("prev_hash", e.prevHash());
    f.put("hash", e.hash());
    return f;
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }
}
