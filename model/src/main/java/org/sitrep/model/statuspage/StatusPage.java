package org.sitrep.model.statuspage;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.comms.PageKind;

/**
 * The status page's content at one moment: what the HTML, JSON and feed are all written from.
 *
 * @param services every listed service with its state now ("Operational" or an impact)
 * @param incidents the last 90 days' incidents that customers were told about, newest first
 */
public record StatusPage(
    PageKind kind,
    String title,
    String contact,
    Instant generated,
    Map<String, String> services,
    List<PublicIncident> incidents) {

  public static final String OPERATIONAL = "Operational";

  public StatusPage {
    services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
    incidents = List.copyOf(incidents);
  }

  public List<PublicIncident> open() {
    return incidents.stream().filter(PublicIncident::isOpen).toList();
  }

  public List<PublicIncident> past() {
    return incidents.stream().filter(i -> !i.isOpen()).toList();
  }

  /** "All systems operational", or how many incidents are open. */
  public String summary() {
    int open = open().size();
    return open == 0
        ? "All systems operational"
        : open == 1 ? "1 incident in progress" : open + " incidents in progress";
  }
}
