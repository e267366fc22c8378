package org.sitrep.model.merge;

import org.sitrep.model.outbox.OutboxOperation;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/** Which incident a merged operation belongs to, for the change feed (null when none). */
final class ChangedIncident {

  private ChangedIncident() {}

  static String of(OutboxOperation op) {
    String entity = op.entity();
    if (entity.equals("incident") || entity.equals("drill") || entity.equals("postmortem")) {
      return op.entityId();
    }
    String field = op.field();
    boolean incidentField = field.equals("incident") || field.equals("incident_id");
    boolean record = field.equals("append") || field.equals("record");
    if ((!incidentField && !record) || op.valueJson() == null) {
      return null;
    }
    try {
      JsonNode value = Json.mapper().readTree(op.valueJson());
      JsonNode incident = incidentField ? value : value.get("incident");
      return incident != null && incident.isString() ? incident.asString() : null;
    } catch (RuntimeException e) {
      return null; // unreadable here: the merge parks it, and the feed says nothing specific
    }
  }
}
