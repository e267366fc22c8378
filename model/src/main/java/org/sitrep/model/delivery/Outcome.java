package org.sitrep.model.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * How one attempt went: sent (with what the target calls the thing it made, when it made one),
 * worth retrying (a network error, 5xx, 408, 429 — with the wait the target asked for), or refused
 * for good (any other 4xx, a setting that cannot work): then it stops and says why.
 */
public record Outcome(
    Kind kind,
    Optional<String> detail,
    Optional<Duration> retryAfter,
    Optional<String> remoteRef,
    boolean namesIncident) {

  public enum Kind {
    SENT,
    RETRY,
    PERMANENT
  }

  public static Outcome sent(Optional<String> remoteRef) {
    return new Outcome(Kind.SENT, Optional.empty(), Optional.empty(), remoteRef, false);
  }

  /**
   * Sent, and the target made its own record of the incident (a Jira issue, a Statuspage incident):
   * later deliveries about the incident go to {@code remoteId}.
   */
  public static Outcome created(String remoteId) {
    return new Outcome(Kind.SENT, Optional.empty(), Optional.empty(), Optional.of(remoteId), true);
  }

  public static Outcome retry(String why, Optional<Duration> retryAfter) {
    return new Outcome(Kind.RETRY, Optional.of(why), retryAfter, Optional.empty(), false);
  }

  public static Outcome permanent(String why) {
    return new Outcome(Kind.PERMANENT, Optional.of(why), Optional.empty(), Optional.empty(), false);
  }
}
