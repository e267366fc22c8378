package org.sitrep.delivery;

import org.sitrep.model.delivery.DeliveryTarget;
import org.sitrep.model.delivery.Notice;
import org.sitrep.model.delivery.TargetSettings;
import org.sitrep.model.store.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Mattermost incoming-webhook message with one attachment (Slack-style message attachments, which
 * Mattermost renders): coloured by severity, the entry as text, incident, severity, status and
 * author as short fields, and the {@code sitrep://} link in the footer.
 */
final class MattermostMessage {

  private MattermostMessage() {}

  static String of(Notice n, DeliveryTarget target) {
    ObjectNode root = Json.mapper().createObjectNode();
    target.setting(TargetSettings.CHANNEL).ifPresent(c -> root.put("channel", c));
    root.put("username", "Sitrep");
    ArrayNode attachments = root.putArray("attachments");
    ObjectNode a = attachments.addObject();
    String headline = Headline.of(n);
    a.put("fallback", headline + ": " + n.text());
    a.put("color", Headline.color(n));
    a.put("title", headline);
    a.put("text", n.text());
    ArrayNode fields = a.putArray("fields");
    field(fields, "Incident", n.incidentId());
    field(fields, "Severity", "SEV" + n.severity());
    field(fields, "Status", n.status());
    field(fields, "By", n.author());
    a.put("footer", n.link());
    return Json.write(root);
  }

  private static void field(ArrayNode fields, String title, String value) {
    ObjectNode f = fields.addObject();
    f.put("short", true);
    f.put("title", title);
    f.put("value", value);
  }
}
