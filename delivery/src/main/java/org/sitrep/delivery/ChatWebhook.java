package org.sitrep.delivery;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.delivery.Delivery;
import org.sitrep.model.delivery.DeliveryTarget;
import org.sitrep.model.delivery.Outcome;
import org.sitrep.model.delivery.TargetKind;

/**
 * Slack and Mattermost incoming webhooks: one POST to the URL kept as the vault item's secret.
 * Neither takes an idempotency key nor lets us look a message up, so these are at-least-once: an
 * answer lost after the post arrived means the war room sees it twice (ADR 21).
 */
final class ChatWebhook implements TargetClient {

  private final Exchange http;

  ChatWebhook(Exchange http) {
    this.http = http;
  }

  @Override
  public Outcome deliver(Delivery d, DeliveryTarget target, Optional<String> link, Secret secret)
      throws Exchange.Failed {
    URI url;
    try {
      url = URI.create(secret.value());
    } catch (IllegalArgumentException e) {
      return Outcome.permanent(
          "vault item '" + target.credential() + "' does not hold a webhook URL");
    }
    if (url.getScheme() == null || !url.getScheme().startsWith("http") || url.getHost() == null) {
      return Outcome.permanent(
          "vault item '" + target.credential() + "' does not hold an http(s) webhook URL");
    }
    String body =
        target.kind() == TargetKind.SLACK
            ? SlackMessage.of(d.notice(), target)
            : MattermostMessage.of(d.notice(), target);
    http.ok(Call.post(url, Map.of(), body));
    return Outcome.sent(Optional.empty());
  }
}
