package org.sitrep.model.oncall;

import java.time.Instant;

/** Someone else holds a layer from {@code from} to {@code to}: a swap, a covered day, an import. */
public record ShiftOverride(
    String id,
    String rotationId,
    String layer,
    String person,
    Instant from,
    Instant to,
    String reason) {

  public boolean covers(String layerName, Instant t) {
    return layer.equalsIgnoreCase(layerName) && !t.isBefore(from) && t.isBefore(to);
  }
}
