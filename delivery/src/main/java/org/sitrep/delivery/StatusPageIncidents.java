package org.sitrep.delivery;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.delivery.Delivery;
import org.sitrep.model.delivery.DeliveryTarget;
import org.sitrep.model.delivery.Outcome;
import org.sitrep.model.delivery.TargetSettings;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Statuspage-compatible API ({@code POST /v1/pages/{page}/incidents}, {@code PATCH …/{id}},
 * {@code Authorization: OAuth <key>}): one page incident per Sitrep incident, created on the
 * declaration (with our incident id in its metadata) and updated on each status change with one of
 * the four statuses and the component's status.
 *
 * <p>The create is exactly-once where the page echoes metadata: after an attempt that may have
 * arrived, the page's unresolved incidents are searched for our id first. Updates are
 * at-least-once: the API takes no idempotency key, and a repeated update shows twice (ADR 21).
 */
final class StatusPageIncidents implements TargetClient {

  static final String DEFAULT_API = "https://api.statuspage.io";

  private final Exchange http;

  StatusPageIncidents(Exchange http) {
    this.http = http;
  }

  @Override
  public Outcome deliver(Delivery d, DeliveryTarget t, Optional<String> link, Secret secret)
      throws Exchange.Failed {
    String pages =
        t.url().orElse(DEFAULT_API).replaceAll("/+$", "")
            + "/v1/pages/"
            + t.setting(TargetSettings.PAGE).orElseThrow();
    Map<String, String> headers = Map.of("Authorization", "OAuth " + secret.value());
    PublicUpdate update = PublicUpdate.of(d.notice());
    Optional<String> existing = link;
    if (existing.isEmpty() && (d.mayHaveArrived() || !"incident.declared".equals(d.event()))) {
      existing = find(pages, headers, d.incidentId());
    }
    if (existing.isEmpty()) {
      Reply r =
          http.ok(
              Call.post(
                  URI.create(pages + "/incidents"),
                  headers,
                  body(update, t, Optional.of(d.incidentId()))));
      return Outcome.created(Json.mapper().readTree(r.body()).path("id").asString());
    }
    if ("incident.declared".equals(d.event())) {
      return Outcome.created(existing.get()); // an earlier attempt made it
    }
    http.ok(
        Call.patch(
            URI.create(pages + "/incidents/" + existing.get()),
            headers,
            body(update, t, Optional.empty())));
    return Outcome.created(existing.get());
  }

  private Optional<String> find(String pages, Map<String, String> headers, String incidentId)
      throws Exchange.Failed {
    Reply r = http.ok(Call.get(URI.create(pages + "/incidents/unresolved"), headers));
    for (JsonNode i : Json.mapper().readTree(r.body())) {
      if (incidentId.equals(i.path("metadata").path("sitrep").path("incident_id").asString())) {
        return Optional.of(i.path("id").asString());
      }
    }
    return Optional.empty();
  }

  private static String body(PublicUpdate u, DeliveryTarget t, Optional<String> newIncident) {
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode inc = root.putObject("incident");
    if (newIncident.isPresent()) {
      inc.put("name", u.name());
      inc.put("impact_override", u.impact());
      inc.putObject("metadata").putObject("sitrep").put("incident_id", newIncident.get());
    }
    inc.put("status", u.status());
    inc.put("body", u.body());
    t.setting(TargetSettings.COMPONENT)
        .ifPresent(
            c -> {
              inc.putArray("component_ids").add(c);
              inc.putObject("components").put(c, u.componentStatus());
            });
    return Json.write(root);
  }
}
