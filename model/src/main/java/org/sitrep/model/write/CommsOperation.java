package org.sitrep.model.write;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.comms.SentUpdate;
import org.sitrep.model.log.LogEntry;

/** Stakeholder updates sent during an incident. */
public sealed interface CommsOperation extends Operation {

  /**
   * What a sent update's log entry does not say: audience, phase, template, the next promise.
   * Appended beside the entry, with its clock, never changed.
   */
  record RecordUpdate(LogEntry entry, SentUpdate update) implements CommsOperation {
    @Override
    public String entity() {
      return "comms_update";
    }

    @Override
    public String entityId() {
      return entry.id();
    }

    @Override
    public List<FieldWrite> writes() {
      SentUpdate u = update;
      Map<String, Object> shipped = new LinkedHashMap<>();
      shipped.put("incident_id", u.incidentId());
      shipped.put("audience", u.audience().name());
      shipped.put("phase", u.phase().name());
      shipped.put("template_id", u.templateId());
      shipped.put("template_version", u.templateVersion());
      shipped.put("sent_ms", entry.wallTime().toEpochMilli());
      shipped.put("next_update_ms", u.nextUpdate().map(Instant::toEpochMilli).orElse(null));
      shipped.put("overridden", String.join(",", u.overridden()));
      return List.of(new FieldWrite("record", shipped));
    }
  }

  /**
   * A stakeholder-update template's next version, with everything another laptop needs to store it
   * as it is here (ADR 31). Versions are never changed.
   */
  record StoreTemplateVersion(String templateId, int versionNo, Map<String, Object> shipped)
      implements CommsOperation {
    @Override
    public String entity() {
      return "update_template_version";
    }

    @Override
    public String entityId() {
      return templateId + "/" + versionNo;
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(new FieldWrite("version", shipped));
    }
  }
}
