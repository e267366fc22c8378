package org.sitrep.delivery;

import org.sitrep.model.delivery.DeliveryTarget;
import org.sitrep.model.delivery.Notice;
import org.sitrep.model.delivery.TargetSettings;
import org.sitrep.model.store.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Slack incoming-webhook message in Block Kit: a header with severity, title and what happened,
 * the entry's text, and a context line with the incident id, author, time and the {@code sitrep://}
 * link. {@code text} is the notification fallback Slack asks for alongside blocks.
 */
final class SlackMessage {

  private static final int HEADER_MAX = 150;

  private SlackMessage() {}

  static String of(Notice n, DeliveryTarget target) {
    ObjectNode root = Json.mapper().createObjectNode();
    String headline = Headline.of(n);
    root.put("text", headline + ": " + n.text());
    target.setting(TargetSettings.CHANNEL).ifPresent(c -> root.put("channel", c));
    ArrayNode blocks = root.putArray("blocks");
    ObjectNode header = blocks.addObject();
    header.put("type", "header");
    ObjectNode ht = header.putObject("text");
    ht.put("type", "plain_text");
    ht.put(
        "text",
        headline.length() > HEADER_MAX ? headline.substring(0, HEADER_MAX - 1) + "…" : headline);
    ObjectNode section = blocks.addObject();
    section.put("type", "section");
    ObjectNode st = section.putObject("text");
    st.put("type", "mrkdwn");
    st.put(
        "text",
        escape(n.text()) + "\n*Status:* " + n.status() + "   *Severity:* SEV" + n.severity());
    ObjectNode context = blocks.addObject();
    context.put("type", "context");
    ObjectNode ct = context.putArray("elements").addObject();
    ct.put("type", "mrkdwn");
    ct.put("text", escape(Headline.footer(n)));
    return Json.write(root);
  }

  /** Slack's mrkdwn treats &, < and > as markup: a log line must not become a mention or link. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
