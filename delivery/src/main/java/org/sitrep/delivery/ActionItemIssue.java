package org.sitrep.delivery;

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
 * A Jira issue per action item: created when the item is raised, in the target's {@code
 * action-project} (else its project) as an {@code action-issue-type} (else "Task"), labelled {@code
 * sitrep-action-<entry id>}. The answered key goes back to the outbox, which keeps it on the item.
 *
 * <p>Exactly once: after an attempt that may have arrived, a JQL search for the label finds the
 * issue that attempt made before another is created.
 */
final class ActionItemIssue {

  static final String EVENT = "action-item.raised";
  private static final String PREFIX = "Action item: ";
  private static final int SUMMARY_MAX = 250; // Jira refuses a summary past 255 characters

  private final Exchange http;
  private final JiraApi api;

  ActionItemIssue(Exchange http, JiraApi api) {
    this.http = http;
    this.api = api;
  }

  /** {@code incidentIssue}: the incident's own issue, named in the description when known. */
  Outcome deliver(Delivery d, DeliveryTarget t, Optional<String> incidentIssue)
      throws Exchange.Failed {
    Notice n = d.notice();
    String label = "sitrep-action-" + n.entryId().toLowerCase(Locale.ROOT);
    if (d.mayHaveArrived()) {
      Optional<String> found = find(label);
      if (found.isPresent()) {
        return Outcome.sent(found);
      }
    }
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode fields = root.putObject("fields");
    String project =
        t.setting(TargetSettings.ACTION_PROJECT)
            .orElse(t.setting(TargetSettings.PROJECT).orElseThrow());
    fields.putObject("project").put("key", project);
    fields.put("summary", summary(n.text()));
    fields.putObject("issuetype").put("name", t.setting(TargetSettings.ACTION_ISSUE_TYPE, "Task"));
    api.text(
        fields,
        "description",
        "Action item from Sitrep incident "
            + n.incidentId()
            + ": "
            + n.title()
            + incidentIssue.map(k -> " (Jira " + k + ")").orElse("")
            + "\nRaised by "
            + n.author()
            + " at "
            + n.at()
            + "\n"
            + n.link());
    fields.putArray("labels").add("sitrep").add("sitrep-action").add(label);
    api.mapped(fields, t, n);
    Reply r = http.ok(Call.post(api.uri("/issue"), api.headers(), Json.write(root)));
    return Outcome.sent(Optional.of(Json.mapper().readTree(r.body()).path("key").asString()));
  }

  private Optional<String> find(String label) throws Exchange.Failed {
    String jql = "labels = \"" + label + "\" ORDER BY created ASC";
    String path = api.v3 ? "/search/jql" : "/search";
    Reply r =
        http.ok(
            Call.get(
                api.uri(path + "?jql=" + JiraIssues.enc(jql) + "&fields=key&maxResults=1"),
                api.headers()));
    JsonNode issues = Json.mapper().readTree(r.body()).path("issues");
    return issues.isArray() && issues.size() > 0
        ? Optional.of(issues.get(0).path("key").asString())
        : Optional.empty();
  }

  private static String summary(String text) {
    String s = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
    s = s.replace('\n', ' ').strip();
    return s.length() <= SUMMARY_MAX ? s : s.substring(0, SUMMARY_MAX - 1) + "…";
  }
}
