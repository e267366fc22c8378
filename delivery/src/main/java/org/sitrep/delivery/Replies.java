package org.sitrep.delivery;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.sitrep.model.delivery.Outcome;

/**
 * What a failed exchange means for the outbox: worth another try (no answer, 408, 429, 5xx — with
 * the {@code Retry-After} a 429 or 503 sent), or refused for good (any other 4xx: a revoked
 * webhook, a wrong project, bad credentials), which stops and says why.
 */
final class Replies {

  private static final int SHOWN = 200;

  private Replies() {}

  static Outcome failed(Call call, Reply reply, InstantSource clock) {
    int s = reply.status();
    String why = "HTTP " + s + " from " + where(call.uri()) + body(reply);
    if (s == 408 || s == 429 || s >= 500) {
      Optional<Duration> wait =
          (s == 429 || s == 503)
              ? reply.header("Retry-After").flatMap(v -> retryAfter(v, clock))
              : Optional.empty();
      return Outcome.retry(why, wait);
    }
    return Outcome.permanent(why + hint(s));
  }

  static Outcome unreachable(Call call, IOException e) {
    if (e instanceof SocketTimeoutException || e.getClass().getSimpleName().contains("Timeout")) {
      return Outcome.retry("no answer from " + where(call.uri()) + " in time", Optional.empty());
    }
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Outcome.retry("could not reach " + where(call.uri()) + ": " + what, Optional.empty());
  }

  /** Seconds, or an HTTP date (RFC 9110 §10.2.3). */
  static Optional<Duration> retryAfter(String value, InstantSource clock) {
    String v = value.strip();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (java.time.DateTimeException notADate) {
        return Optional.empty();
      }
    }
  }

  /** Host only: a Slack or Mattermost webhook's path is its secret. */
  static String where(URI uri) {
    return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
  }

  private static String body(Reply reply) {
    String b = reply.body() == null ? "" : reply.body().strip().replaceAll("\\s+", " ");
    if (b.isEmpty()) {
      return "";
    }
    return ": " + (b.length() > SHOWN ? b.substring(0, SHOWN) + "…" : b);
  }

  private static String hint(int status) {
    switch (status) {
      case 401:
      case 403:
        return " (check the credential in the vault item and its permissions)";
      case 404:
      case 410:
        return " (the URL, project or page is wrong, or the webhook was removed)";
      default:
        return "";
    }
  }
}
