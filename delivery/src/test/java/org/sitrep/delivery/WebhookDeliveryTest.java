package org.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.delivery.Delivery;
import org.sitrep.model.delivery.DeliveryState;
import org.sitrep.model.delivery.TargetKind;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.store.Json;
import tools.jackson.databind.JsonNode;

/**
 * The signed webhook on the wire, and the faults of issue 18 against it: a receiver that keeps the
 * idempotency keys it has seen (what the docs ask of one) gets every delivery exactly once, in
 * order per incident.
 */
class WebhookDeliveryTest {

  static final String SIGNING_KEY = "whsec-3b1f0c9e7d2a4f68";

  @TempDir Path dir;
  private DeliveryRig rig;
  private TargetServer server;

  /** What the receiver accepted: each key once, in arrival order. */
  private final List<JsonNode> accepted = new ArrayList<>();

  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  @BeforeEach
  void open() throws Exception {
    rig = new DeliveryRig(dir);
    rig.secrets.put("hook key", new Secret("", SIGNING_KEY));
    server = TargetServer.start();
    server.normally(this::receive);
    rig.outbox.addTarget(
        "hook", TargetKind.WEBHOOK, Optional.of(server.url("/hooks/sitrep")), "hook key", Map.of());
  }

  @AfterEach
  void close() {
    server.close();
    rig.close();
  }

  private void receive(com.sun.net.httpserver.HttpExchange ex, TargetServer.Received r)
      throws java.io.IOException {
    accept(r);
    TargetServer.answer(ex, 202, "");
  }

  private synchronized void accept(TargetServer.Received r) {
    if (seen.add(r.header("Idempotency-Key"))) {
      accepted.add(Json.mapper().readTree(r.body()));
    }
  }

  private List<String> acceptedEvents() {
    return accepted.stream().map(n -> n.get("event").asString()).toList();
  }

  @Test
  void theRequestIsSignedOverTimestampAndBody() {
    Incident inc = rig.declare("Checkout API 502s");

    rig.sendNow();

    TargetServer.Received r = server.received().get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/hooks/sitrep");
    assertThat(r.header("Content-Type")).startsWith("application/json");
    Delivery d = rig.only();
    assertThat(r.header("Idempotency-Key")).isEqualTo("sitrep-hook-" + d.entryId());
    assertThat(r.header("X-Sitrep-Delivery")).isEqualTo(r.header("Idempotency-Key"));
    assertThat(r.header("X-Sitrep-Event")).isEqualTo("incident.declared");
    long ts = rig.clock.instant().getEpochSecond();
    assertThat(r.header("X-Sitrep-Timestamp")).isEqualTo(Long.toString(ts));
    // What a receiver does: HMAC-SHA256 over "<timestamp>.<raw body>" with the shared key.
    assertThat(r.header("X-Sitrep-Signature"))
        .isEqualTo(WebhookSignature.sign(SIGNING_KEY, ts, r.body()))
        .startsWith("v1=")
        .hasSize(3 + 64);
    assertThat(r.all()).doesNotContain(SIGNING_KEY);
    JsonNode body = Json.mapper().readTree(r.body());
    assertThat(body.get("incident_id").asString()).isEqualTo(inc.id());
    assertThat(body.get("title").asString()).isEqualTo("Checkout API 502s");
    assertThat(body.get("severity").asInt()).isEqualTo(2);
    assertThat(body.get("status").asString()).isEqualTo("investigating");
    assertThat(body.get("event").asString()).isEqualTo("incident.declared");
    assertThat(body.get("text").asString())
        .isEqualTo("Declared SEV2 incident: Checkout API 502s — services: checkout");
    assertThat(body.get("link").asString())
        .isEqualTo("sitrep://incident/" + inc.id() + "#" + d.entryId());
    assertThat(body.get("drill").asBoolean()).isFalse();
    assertThat(d.state()).isEqualTo(DeliveryState.SENT);
    assertThat(rig.timeline(inc))
        .filteredOn(e -> e.event() == EventCode.DELIVERY_SENT)
        .extracting(LogEntry::text)
        .containsExactly("Delivered to hook (webhook): incident.declared");
  }

  @Test
  void a500IsRetriedAfterTheBackoffAndArrivesOnce() {
    rig.declare("Checkout API 502s");
    server.thenOnce((ex, r) -> TargetServer.answer(ex, 500, "{\"error\":\"upstream\"}"));

    rig.sendNow();
    Delivery waiting = rig.only();
    assertThat(waiting.state()).isEqualTo(DeliveryState.QUEUED);
    assertThat(waiting.lastError().orElseThrow())
        .isEqualTo("HTTP 500 from 127.0.0.1:" + server.port() + ": {\"error\":\"upstream\"}");
    assertThat(waiting.nextAttempt()).isEqualTo(rig.clock.instant().plusMillis(3750));

    rig.clock.advance(Duration.ofSeconds(4));
    rig.sendNow();

    assertThat(rig.only().state()).isEqualTo(DeliveryState.SENT);
    assertThat(server.received()).hasSize(2);
    assertThat(acceptedEvents()).containsExactly("incident.declared");
  }

  @Test
  void a429WaitsForRetryAfter() {
    rig.declare("Checkout API 502s");
    server.thenOnce((ex, r) -> TargetServer.answer(ex, 429, "slow down", "Retry-After", "120"));

    rig.sendNow();
    assertThat(rig.only().nextAttempt()).isEqualTo(rig.clock.instant().plusSeconds(120));
    rig.clock.advance(Duration.ofSeconds(60));
    assertThat(rig.sendNow()).isZero();
    rig.clock.advance(Duration.ofSeconds(61));
    rig.sendNow();

    assertThat(rig.only().state()).isEqualTo(DeliveryState.SENT);
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void aConnectionDroppedAfterTheBodyArrivedIsSentAgainAndTheKeyStopsTheDuplicate() {
    rig.declare("Checkout API 502s");
    server.thenOnce(
        (ex, r) -> {
          accept(r); // the receiver acted on it; the answer never left
          TargetServer.DROP_AFTER_BODY.respond(ex, r);
        });

    rig.sendNow();
    assertThat(rig.only().state()).isEqualTo(DeliveryState.QUEUED);
    assertThat(rig.only().lastError().orElseThrow()).contains("127.0.0.1:" + server.port());
    rig.drain(5);

    assertThat(server.received()).hasSize(2);
    assertThat(server.received().get(0).header("Idempotency-Key"))
        .isEqualTo(server.received().get(1).header("Idempotency-Key"));
    assertThat(acceptedEvents()).containsExactly("incident.declared");
    assertThat(rig.only().state()).isEqualTo(DeliveryState.SENT);
  }

  @Test
  void noAnswerInTimeIsRetried() {
    rig.declare("Checkout API 502s");
    server.thenOnce(
        (ex, r) -> {
          accept(r);
          server.hang().respond(ex, r);
        });

    rig.sendNow();
    assertThat(rig.only().lastError().orElseThrow())
        .isEqualTo("no answer from 127.0.0.1:" + server.port() + " in time");
    rig.drain(5);

    assertThat(acceptedEvents()).containsExactly("incident.declared");
    assertThat(rig.only().state()).isEqualTo(DeliveryState.SENT);
  }

  @Test
  void aServerDownForTheWholeRunGetsEverythingOnceInOrderWhenItIsBack() throws Exception {
    int port = server.port();
    server.close(); // down from the start
    Incident a = rig.declare("Checkout API 502s");
    Incident b = rig.declare("Search latency");
    rig.incidents.addEntry(a.id(), EntryKind.DECISION, "Roll back 2026.11.3");
    rig.incidents.changeStatus(b.id(), IncidentStatus.IDENTIFIED);
    rig.incidents.changeStatus(a.id(), IncidentStatus.RESOLVED);

    for (int i = 0; i < 4; i++) {
      rig.sendNow();
      rig.clock.advance(Duration.ofMinutes(16));
    }
    assertThat(rig.outbox.waiting()).isEqualTo(5);
    // Only each incident's first delivery was tried: the rest wait behind it, in order.
    List<Delivery> open = rig.outbox.list(true, 10);
    assertThat(open)
        .filteredOn(d -> d.attempts() > 0)
        .extracting(Delivery::event)
        .containsExactly("incident.declared", "incident.declared");
    assertThat(open)
        .filteredOn(d -> d.attempts() > 0)
        .allSatisfy(
            d ->
                assertThat(d.lastError().orElseThrow())
                    .startsWith("could not reach 127.0.0.1:" + port));

    server = TargetServer.startOn(port);
    server.normally(this::receive);
    rig.drain(10);

    assertThat(rig.outbox.waiting()).isZero();
    assertThat(server.received()).hasSize(5);
    List<String> ofA =
        accepted.stream()
            .filter(n -> n.get("incident_id").asString().equals(a.id()))
            .map(n -> n.get("event").asString())
            .toList();
    List<String> ofB =
        accepted.stream()
            .filter(n -> n.get("incident_id").asString().equals(b.id()))
            .map(n -> n.get("event").asString())
            .toList();
    assertThat(ofA).containsExactly("incident.declared", "decision.recorded", "incident.resolved");
    assertThat(ofB).containsExactly("incident.declared", "status.changed");
  }

  @Test
  void a404StopsForGoodAndSaysWhy() {
    Incident inc = rig.declare("Checkout API 502s");
    server.normally((ex, r) -> TargetServer.answer(ex, 404, "no such hook"));

    rig.sendNow();
    rig.clock.advance(Duration.ofHours(2));
    rig.sendNow();

    Delivery d = rig.only();
    assertThat(d.state()).isEqualTo(DeliveryState.FAILED_PERMANENTLY);
    assertThat(d.lastError().orElseThrow())
        .isEqualTo(
            "HTTP 404 from 127.0.0.1:"
                + server.port()
                + ": no such hook (the URL, project or page is wrong, or the webhook was removed)");
    assertThat(server.received()).hasSize(1);
    assertThat(rig.timeline(inc))
        .filteredOn(e -> e.event() == EventCode.DELIVERY_FAILED)
        .hasSize(1);
  }

  @Test
  void aFreePortIsRefusedNotHung() throws Exception {
    // Sanity for the "down" case above: nothing listens on a port we just released.
    int free;
    try (ServerSocket s = new ServerSocket(0)) {
      free = s.getLocalPort();
    }
    rig.outbox.removeTarget("hook");
    rig.outbox.addTarget(
        "gone",
        TargetKind.WEBHOOK,
        Optional.of("http://127.0.0.1:" + free + "/x"),
        "hook key",
        Map.of());
    rig.declare("Checkout API 502s");
    rig.sendNow();
    assertThat(rig.outbox.list(true, 1).get(0).lastError().orElseThrow())
        .startsWith("could not reach 127.0.0.1:" + free);
  }
}
