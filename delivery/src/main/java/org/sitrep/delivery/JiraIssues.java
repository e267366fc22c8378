package org.sitrep.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.delivery.Delivery;
import org.sitrep.model.delivery.DeliveryTarget;
import org.sitrep.model.delivery.Notice;
import org.sitrep.model.delivery.Outcome;
import org.sitrep.model.delivery.TargetSettings;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jira (Cloud REST v3, or Server/Data Center v2 with {@code api=2}): an issue per incident, created
 * on the declaration (or on the first delivery about an incident declared before the target was
 * added), labelled {@code sitrep-<incident id>}; a comment per significant entry, carrying the
 * delivery's key as a comment property; the resolve transition on resolve.
 *
 * <p>Exactly-once where it matters: before creating again after an attempt that may have arrived,
 * it searches for the label; before commenting again, it reads the issue's comments for the key. A
 * transition is idempotent by nature (done twice, the second is no longer offered).
 */
final class JiraIssues implements TargetClient {

  static final String PROPERTY = "sitrep.delivery";

  private final Exchange http;

  JiraIssues(Exchange http) {
    this.http = http;
  }

  @Override
  public Outcome deliver(Delivery d, DeliveryTarget t, Optional<String> link, Secret secret)
      throws Exchange.Failed {
    JiraApi api = new JiraApi(t, secret);
    if (ActionItemIssue.EVENT.equals(d.event())) {
      return new ActionItemIssue(http, api).deliver(d, t, link);
    }
    Notice n = d.notice();
    String key;
    if (link.isPresent()) {
      key = link.get();
    } else {
      Optional<String> found =
          d.mayHaveArrived() || !isDeclare(n) ? find(api, n) : Optional.empty();
      if (found.isPresent()) {
        key = found.get();
      } else {
        key = create(api, t, n);
        if (isDeclare(n)) {
          return Outcome.created(key);
        }
      }
    }
    if (isDeclare(n)) {
      return Outcome.created(key);
    }
    if (!(d.mayHaveArrived() && commented(api, key, d.idempotencyKey()))) {
      comment(api, key, d, n);
    }
    if ("incident.resolved".equals(n.event())) {
      Optional<String> refused =
          transition(api, key, t.setting(TargetSettings.RESOLVE_TRANSITION, "Done"));
      if (refused.isPresent()) {
        return Outcome.permanent(refused.get());
      }
    }
    return Outcome.created(key);
  }

  private static boolean isDeclare(Notice n) {
    return "incident.declared".equals(n.event());
  }

  private Optional<String> find(JiraApi api, Notice n) throws Exchange.Failed {
    String jql = "labels = \"" + label(n) + "\" ORDER BY created ASC";
    String path = api.v3 ? "/search/jql" : "/search";
    Reply r =
        http.ok(
            Call.get(
                api.uri(path + "?jql=" + enc(jql) + "&fields=key&maxResults=1"), api.headers()));
    JsonNode issues = Json.mapper().readTree(r.body()).path("issues");
    return issues.isArray() && issues.size() > 0
        ? Optional.of(issues.get(0).path("key").asString())
        : Optional.empty();
  }

  private String create(JiraApi api, DeliveryTarget t, Notice n) throws Exchange.Failed {
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode fields = root.putObject("fields");
    fields.putObject("project").put("key", t.setting(TargetSettings.PROJECT).orElseThrow());
    fields.put("summary", (n.drill() ? "DRILL " : "") + "SEV" + n.severity() + " " + n.title());
    fields.putObject("issuetype").put("name", t.setting(TargetSettings.ISSUE_TYPE, "Task"));
    String description =
        n.title()
            + "\nSitrep incident "
            + n.incidentId()
            + ", declared by "
            + n.author()
            + " at "
            + n.at()
            + "\n"
            + n.link();
    api.text(fields, "description", description);
    fields.putArray("labels").add("sitrep").add(label(n));
    api.mapped(fields, t, n);
    Reply r = http.ok(Call.post(api.uri("/issue"), api.headers(), Json.write(root)));
    return Json.mapper().readTree(r.body()).path("key").asString();
  }

  private boolean commented(JiraApi api, String key, String idempotencyKey) throws Exchange.Failed {
    Reply r =
        http.ok(
            Call.get(
                api.uri("/issue/" + enc(key) + "/comment?expand=properties&maxResults=1000"),
                api.headers()));
    for (JsonNode c : Json.mapper().readTree(r.body()).path("comments")) {
      for (JsonNode p : c.path("properties")) {
        if (PROPERTY.equals(p.path("key").asString())
            && idempotencyKey.equals(p.path("value").path("key").asString())) {
          return true;
        }
      }
    }
    return false;
  }

  private void comment(JiraApi api, String key, Delivery d, Notice n) throws Exchange.Failed {
    ObjectNode root = Json.mapper().createObjectNode();
    api.text(root, "body", Headline.of(n) + "\n" + n.text() + "\n" + Headline.footer(n));
    ObjectNode property = root.putArray("properties").addObject();
    property.put("key", PROPERTY);
    property.putObject("value").put("key", d.idempotencyKey());
    http.ok(Call.post(api.uri("/issue/" + enc(key) + "/comment"), api.headers(), Json.write(root)));
  }

  /** Empty when done (or already done); else why it cannot be. */
  private Optional<String> transition(JiraApi api, String key, String wanted)
      throws Exchange.Failed {
    Reply r = http.ok(Call.get(api.uri("/issue/" + enc(key) + "/transitions"), api.headers()));
    List<String> offered = new java.util.ArrayList<>();
    for (JsonNode tr : Json.mapper().readTree(r.body()).path("transitions")) {
      String name = tr.path("name").asString();
      String to = tr.path("to").path("name").asString();
      offered.add(name);
      if (name.equalsIgnoreCase(wanted) || to.equalsIgnoreCase(wanted)) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.putObject("transition").put("id", tr.path("id").asString());
        http.ok(
            Call.post(
                api.uri("/issue/" + enc(key) + "/transitions"), api.headers(), Json.write(body)));
        return Optional.empty();
      }
    }
    Reply issue =
        http.ok(Call.get(api.uri("/issue/" + enc(key) + "?fields=status"), api.headers()));
    String status =
        Json.mapper().readTree(issue.body()).path("fields").path("status").path("name").asString();
    if (status.equalsIgnoreCase(wanted)) {
      return Optional.empty(); // an earlier attempt moved it
    }
    return Optional.of(
        "Jira issue "
            + key
            + " ("
            + status
            + ") offers no transition '"
            + wanted
            + "'; it offers "
            + offered
            + " (set --resolve-transition)");
  }

  private static String label(Notice n) {
    return "sitrep-" + n.incidentId().toLowerCase(Locale.ROOT);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
