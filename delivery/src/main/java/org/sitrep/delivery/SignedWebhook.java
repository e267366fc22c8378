package org.sitrep.delivery;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.delivery.Delivery;
import org.sitrep.model.delivery.DeliveryTarget;
import org.sitrep.model.delivery.Outcome;

/**
 * The generic JSON webhook: the notice as JSON, signed (see {@link WebhookSignature}), with the
 * delivery's idempotency key in {@code Idempotency-Key} and {@code X-Sitrep-Delivery}. Exactly-once
 * for a receiver that keeps the keys it has seen; at-least-once otherwise (ADR 21).
 */
final class SignedWebhook implements TargetClient {

  private final Exchange http;

  SignedWebhook(Exchange http) {
    this.http = http;
  }

  @Override
  public Outcome deliver(Delivery d, DeliveryTarget target, Optional<String> link, Secret secret)
      throws Exchange.Failed {
    String body = d.notice().toJson();
    long timestamp = http.clock().instant().getEpochSecond();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(WebhookSignature.IDEMPOTENCY_KEY, d.idempotencyKey());
    headers.put(WebhookSignature.DELIVERY, d.idempotencyKey());
    headers.put(WebhookSignature.EVENT, d.event());
    headers.put(WebhookSignature.TIMESTAMP, Long.toString(timestamp));
    headers.put(WebhookSignature.SIGNATURE, WebhookSignature.sign(secret.value(), timestamp, body));
    http.ok(Call.post(URI.create(target.url().orElseThrow()), headers, body));
    return Outcome.sent(Optional.empty());
  }
}
