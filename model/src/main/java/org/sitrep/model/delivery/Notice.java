package org.sitrep.model.delivery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.redact.Redactor;
import org.sitrep.model.store.Json;

/**
 * What a delivery says, whatever the target: one log entry with the incident it belongs to, as it
 * stood when the entry was written. Targets format this (Block Kit, Jira's document format, …); it
 * is stored redacted, and nothing a target adds at send time comes from the log.
 *
 * <p>{@code audience} is "internal" for every entry today; a stakeholder update written for the
 * public (issue 17) becomes a notice with audience "public", which the status page target
 * publishes.
 */
public record Notice(
    String incidentId,
    String title,
    int severity,
    String status,
    boolean drill,
    String event,
    String entryId,
    String text,
    String author,
    Instant at,
    String audience) {

  public static final String INTERNAL = "internal";
  public static final String PUBLIC = "public";

  /** The notice for {@code entry}, every free text passed through {@code redactor}. */
  static Notice of(LogEntry entry, Incident incident, Redactor redactor) {
    return new Notice(
        incident.id(),
        redactor.redact(incident.title()),
        severityAt(entry, incident).level(),
        statusAt(entry, incident).label(),
        incident.isDrill(),
        entry.event().code(),
        entry.id(),
        redactor.redact(entry.text()),
        redactor.redact(entry.author()),
        entry.wallTime(),
        INTERNAL);
  }

  /** A link back into Sitrep: opens the incident at the entry on a laptop that has it. */
  public String link() {
    return "sitrep://incident/" + incidentId + "#" + entryId;
  }

  public EventCode eventCode() {
    return EventCode.ofCode(event);
  }

  public IncidentStatus incidentStatus() {
    return IncidentStatus.parse(status);
  }

  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("incident_id", incidentId);
    m.put("title", title);
    m.put("severity", severity);
    m.put("status", status);
    m.put("drill", drill);
    m.put("event", event);
    m.put("entry_id", entryId);
    m.put("text", text);
    m.put("author", author);
    m.put("at", at.toString());
    m.put("audience", audience);
    m.put("link", link());
    return Json.write(m);
  }

  static Notice fromJson(String json) {
    tools.jackson.databind.JsonNode n = Json.mapper().readTree(json);
    return new Notice(
        n.get("incident_id").asString(),
        n.get("title").asString(),
        n.get("severity").asInt(),
        n.get("status").asString(),
        n.get("drill").asBoolean(),
        n.get("event").asString(),
        n.get("entry_id").asString(),
        n.get("text").asString(),
        n.get("author").asString(),
        Instant.parse(n.get("at").asString()),
        n.get("audience").asString());
  }

  /**
   * The status an entry moved the incident to. Status entries are written by Sitrep as "Status: a →
   * b", so the entry itself says; reading the incident now would give a later status to an entry
   * queued after a crash.
   */
  private static IncidentStatus statusAt(LogEntry entry, Incident incident) {
    EventCode e = entry.event();
    if (e == EventCode.INCIDENT_DECLARED) {
      return IncidentStatus.INVESTIGATING;
    }
    if (e == EventCode.INCIDENT_RESOLVED) {
      return IncidentStatus.RESOLVED;
    }
    if (e == EventCode.STATUS_CHANGED || e == EventCode.INCIDENT_REOPENED) {
      String after = afterArrow(entry.text());
      for (IncidentStatus s : IncidentStatus.values()) {
        if (s.label().equals(after)) {
          return s;
        }
      }
    }
    return incident.status();
  }

  private static Severity severityAt(LogEntry entry, Incident incident) {
    EventCode e = entry.event();
    if (e == EventCode.SEVERITY_RAISED || e == EventCode.SEVERITY_LOWERED) {
      String after = afterArrow(entry.text());
      for (Severity s : Severity.values()) {
        if (after.startsWith(s.toString())) {
          return s;
        }
      }
    }
    return incident.severity();
  }

  private static String afterArrow(String text) {
    int arrow = text.lastIndexOf('→');
    return arrow < 0 ? "" : text.substring(arrow + 1).strip();
  }
}
