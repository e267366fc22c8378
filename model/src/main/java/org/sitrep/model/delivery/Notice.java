package org.sitrep.model.delivery;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
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
 * <p>{@code audience} is "public" for a stakeholder update written for customers ({@code
 * comms.update.public}), whose text a status page publishes as it is; "internal" for every other
 * entry.
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

  /**
   * The notice for {@code entry}, every free text passed through {@code redactor}; severity and
   * status as they stood at the entry, replayed from the incident's timeline up to it (an entry
   * queued late, after a crash or by a target's first look, must not carry a later status).
   */
  static Notice of(LogEntry entry, Incident incident, List<LogEntry> timeline, Redactor redactor) {
    Severity severity = incident.severity();
    IncidentStatus status = incident.status();
    for (LogEntry e : timeline) {
      severity = severityAfter(e, severity);
      status = statusAfter(e, status);
      if (e.id().equals(entry.id())) {
        break;
      }
    }
    return new Notice(
        incident.id(),
        redactor.redact(incident.title()),
        severity.level(),
        status.label(),
        incident.isDrill(),
        entry.event().code(),
        entry.id(),
        redactor.redact(entry.text()),
        redactor.redact(entry.author()),
        entry.wallTime(),
        entry.event() == EventCode.COMMS_UPDATE_PUBLIC ? PUBLIC : INTERNAL);
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
   * The status after {@code e}. Sitrep writes status entries as "Status: a → b" (and the
   * declaration as investigating), so the entry itself says.
   */
  private static IncidentStatus statusAfter(LogEntry e, IncidentStatus before) {
    EventCode code = e.event();
    if (code == EventCode.INCIDENT_DECLARED) {
      return IncidentStatus.INVESTIGATING;
    }
    if (code == EventCode.INCIDENT_RESOLVED) {
      return IncidentStatus.RESOLVED;
    }
    if (code == EventCode.STATUS_CHANGED
        || code == EventCode.INCIDENT_REOPENED
        || code == EventCode.INCIDENT_CLOSED) {
      String after = afterArrow(e.text());
      for (IncidentStatus s : IncidentStatus.values()) {
        if (s.label().equals(after)) {
          return s;
        }
      }
    }
    return before;
  }

  /** "Declared SEV2 incident: …", "Severity raised: SEV2 → SEV1 (…)". */
  private static Severity severityAfter(LogEntry e, Severity before) {
    EventCode code = e.event();
    String text;
    if (code == EventCode.SEVERITY_RAISED || code == EventCode.SEVERITY_LOWERED) {
      text = afterArrow(e.text());
    } else if (code == EventCode.INCIDENT_DECLARED) {
      int at = e.text().indexOf("SEV");
      text = at < 0 ? "" : e.text().substring(at);
    } else {
      return before;
    }
    for (Severity s : Severity.values()) {
      if (text.startsWith(s.toString())) {
        return s;
      }
    }
    return before;
  }

  private static String afterArrow(String text) {
    int arrow = text.lastIndexOf('→');
    return arrow < 0 ? "" : text.substring(arrow + 1).strip();
  }
}
