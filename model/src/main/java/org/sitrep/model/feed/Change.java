package org.sitrep.model.feed;

import java.util.Optional;

/**
 * One changed thing: its kind (the outbox entity: {@code incident}, {@code log_entry}, {@code
 * page}, …), its id, and the incident it belongs to when it belongs to one.
 */
public record Change(String kind, String id, String incidentId) {

  public Optional<String> incident() {
    return Optional.ofNullable(incidentId);
  }
}
