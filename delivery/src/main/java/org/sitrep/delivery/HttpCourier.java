package org.sitrep.delivery;

import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.delivery.Courier;
import org.sitrep.model.delivery.Delivery;
import org.sitrep.model.delivery.DeliveryTarget;
import org.sitrep.model.delivery.Outcome;

/**
 * Carries deliveries over HTTP to Slack, Mattermost, Jira, a Statuspage-compatible API or a signed
 * webhook, with the target's credential taken from the vault for the request and kept nowhere else.
 * Blocking: the dispatcher calls it from the scheduler's thread or the CLI, never the UI's.
 */
public final class HttpCourier implements Courier, AutoCloseable {

  /** Connect and answer timeout: a target that takes longer is retried later. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Wire wire;
  private final TargetSecrets secrets;
  private final Exchange http;

  public HttpCourier(TargetSecrets secrets, InstantSource clock) {
    this(secrets, clock, TIMEOUT);
  }

  public HttpCourier(TargetSecrets secrets, InstantSource clock, Duration timeout) {
    this.wire = new Wire(timeout);
    this.secrets = secrets;
    this.http = new Exchange(wire, clock);
  }

  @Override
  public Outcome carry(Delivery delivery, DeliveryTarget target, Optional<String> link) {
    Optional<Secret> secret;
    try {
      secret = secrets.forTarget(target);
    } catch (NotFoundException e) {
      return Outcome.permanent(
          "the vault has no item '" + target.credential() + "' (target " + target.name() + ")");
    }
    if (secret.isEmpty()) {
      return Outcome.retry("the vault is locked: unlock it to deliver", Optional.empty());
    }
    try {
      return client(target).deliver(delivery, target, link, secret.get());
    } catch (Exchange.Failed failed) {
      return failed.outcome;
    }
  }

  private TargetClient client(DeliveryTarget target) {
    switch (target.kind()) {
      case SLACK:
      case MATTERMOST:
        return new ChatWebhook(http);
      case JIRA:
        return new JiraIssues(http);
      case STATUSPAGE:
        return new StatusPageIncidents(http);
      case WEBHOOK:
      default:
        return new SignedWebhook(http);
    }
  }

  @Override
  public void close() {
    try {
      wire.close();
    } catch (IOException e) {
      // closing idle connections: nothing to tell anyone
    }
  }
}
