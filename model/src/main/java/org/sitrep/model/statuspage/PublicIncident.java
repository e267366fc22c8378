package org.sitrep.model.statuspage;

import java.time.Instant;
import java.util.List;
import org.sitrep.model.comms.UpdatePhase;

/**
 * An incident as the status page shows it: built only from what was said to customers. Its internal
 * title and id never appear; the page names it by the services it touches.
 *
 * @param key a stable anchor and feed id derived from the incident id, which it does not reveal
 * @param impact "Major outage", "Partial outage" or "Degraded performance"
 * @param updates newest first
 */
public record PublicIncident(
    String key, List<String> services, String impact, List<PublicUpdate> updates) {

  public PublicIncident {
    services = List.copyOf(services);
    updates = List.copyOf(updates);
  }

  public UpdatePhase phase() {
    return updates.get(0).phase();
  }

  public boolean isOpen() {
    return !phase().isFinal();
  }

  public Instant firstPosted() {
    return updates.get(updates.size() - 1).at();
  }

  public Instant lastPosted() {
    return updates.get(0).at();
  }

  /** "Checkout, payments — Investigating". */
  public String heading() {
    String what = services.isEmpty() ? "Service disruption" : String.join(", ", services);
    return what + " — " + PhaseWords.of(phase());
  }
}
