package org.sitrep.model.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.model.store.schema.Tables.DELIVERY;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.schedule.DomainScheduler;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

/**
 * Sending from the outbox: states, log entries, backoff, order per incident, drills, and a send cut
 * off by a dead process. The courier here answers from a script; the HTTP couriers are tested on
 * the wire in the delivery module.
 */
class DeliveryDispatcherTest {

  @TempDir Path dir;
  private final SteppingClock clock = SteppingClock.at("2026-12-07T10:00:00Z");
  private Workspace ws;
  private IncidentService incidents;
  private DeliveryOutbox outbox;
  private final ScriptedCourier courier = new ScriptedCourier();
  private DeliveryDispatcher dispatcher;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir, clock);
    incidents = new IncidentService(ws);
    outbox = new DeliveryOutbox(ws);
    dispatcher = new DeliveryDispatcher(ws, outbox, courier, new Backoff(() -> 0.0));
    outbox.addTarget("war-room", TargetKind.SLACK, Optional.empty(), "slack hook", Map.of());
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private Incident declare(String title, IncidentKind kind) {
    Incident inc = incidents.declare(new NewIncident(title, Severity.SEV2, kind, List.of(), ""));
    outbox.enqueueNew();
    return inc;
  }

  private List<LogEntry> log(Incident inc, EventCode code) {
    return ws.read(dsl -> LogRepository.timeline(dsl, inc.id())).stream()
        .filter(e -> e.event() == code)
        .toList();
  }

  @Test
  void aSentDeliveryIsMarkedAndLoggedOnItsIncident() {
    Incident inc = declare("Checkout API 502s", IncidentKind.REAL);
    courier.answer(Outcome.sent(Optional.of("ok")));

    assertThat(dispatcher.sendDue()).isEqualTo(1);

    Delivery d = outbox.list(false, 1).get(0);
    assertThat(d.state()).isEqualTo(DeliveryState.SENT);
    assertThat(d.attempts()).isEqualTo(1);
    assertThat(log(inc, EventCode.DELIVERY_SENT))
        .extracting(LogEntry::text)
        .containsExactly("Delivered to war-room (slack): incident.declared → ok");
    assertThat(outbox.waiting()).isZero();
    // Its own entry is not delivered again.
    assertThat(outbox.enqueueNew()).isZero();
  }

  @Test
  void aFailureIsRetriedAfterTheBackoffAndNotBefore() {
    declare("Checkout API 502s", IncidentKind.REAL);
    courier.answer(Outcome.retry("HTTP 500 from hooks.slack.com", Optional.empty()));
    courier.answer(Outcome.sent(Optional.empty()));

    dispatcher.sendDue();
    Delivery waiting = outbox.list(false, 1).get(0);
    assertThat(waiting.state()).isEqualTo(DeliveryState.QUEUED);
    assertThat(waiting.lastError()).contains("HTTP 500 from hooks.slack.com");
    assertThat(waiting.nextAttempt()).isEqualTo(clock.instant().plusMillis(2500));

    assertThat(dispatcher.sendDue()).isZero(); // not due yet
    clock.advance(Duration.ofSeconds(3));
    assertThat(dispatcher.sendDue()).isEqualTo(1);
    assertThat(outbox.list(false, 1).get(0).state()).isEqualTo(DeliveryState.SENT);
    assertThat(courier.carried).hasSize(2);
  }

  @Test
  void retryAfterFromTheTargetSetsTheNextAttempt() {
    declare("Rate limited", IncidentKind.REAL);
    courier.answer(Outcome.retry("HTTP 429", Optional.of(Duration.ofSeconds(90))));
    dispatcher.sendDue();
    assertThat(outbox.list(false, 1).get(0).nextAttempt())
        .isEqualTo(clock.instant().plusSeconds(90));
  }

  @Test
  void aPermanentFailureStopsAndSaysWhyInTheLog() {
    Incident inc = declare("Checkout API 502s", IncidentKind.REAL);
    courier.answer(Outcome.permanent("HTTP 404: no_service (the webhook was revoked)"));

    dispatcher.sendDue();
    clock.advance(Duration.ofHours(1));
    dispatcher.sendDue();

    Delivery d = outbox.list(false, 1).get(0);
    assertThat(d.state()).isEqualTo(DeliveryState.FAILED_PERMANENTLY);
    assertThat(d.lastError()).contains("HTTP 404: no_service (the webhook was revoked)");
    assertThat(courier.carried).hasSize(1);
    assertThat(log(inc, EventCode.DELIVERY_FAILED))
        .extracting(LogEntry::text)
        .containsExactly(
            "Not delivered to war-room (slack): incident.declared: HTTP 404: no_service (the webhook"
                + " was revoked)");
  }

  @Test
  void anIncidentsDeliveriesGoInOrderWhileAnotherIncidentsAreNotHeldUp() {
    Incident first = declare("First", IncidentKind.REAL);
    incidents.changeStatus(first.id(), IncidentStatus.IDENTIFIED);
    Incident second = declare("Second", IncidentKind.REAL);
    outbox.enqueueNew();
    courier.answer(Outcome.retry("timeout", Optional.empty())); // first's declare
    courier.answer(Outcome.sent(Optional.empty())); // second's declare

    dispatcher.sendDue();

    // first's status change waits behind its declare; second went out
    assertThat(courier.carried)
        .extracting(d -> d.incidentId() + " " + d.event())
        .containsExactly(first.id() + " incident.declared", second.id() + " incident.declared");

    clock.advance(Duration.ofMinutes(1));
    courier.answer(Outcome.sent(Optional.empty()));
    courier.answer(Outcome.sent(Optional.empty()));
    dispatcher.sendDue();
    assertThat(courier.carried.subList(2, 4))
        .extracting(d -> d.incidentId() + " " + d.event())
        .containsExactly(first.id() + " incident.declared", first.id() + " status.changed");
  }

  @Test
  void aDrillIsNeverSentOnlyLoggedAsSimulated() {
    Incident drill = declare("Game day: db out of disk", IncidentKind.DRILL);

    dispatcher.sendDue();

    assertThat(courier.carried).isEmpty();
    assertThat(outbox.list(false, 1).get(0).state()).isEqualTo(DeliveryState.SENT);
    assertThat(log(drill, EventCode.DELIVERY_SIMULATED))
        .extracting(LogEntry::text)
        .containsExactly("Drill: not sent to war-room (slack): incident.declared (simulated)");
  }

  @Test
  void aCreateRemembersWhatTheTargetCallsTheIncidentForLaterDeliveries() {
    Incident inc = declare("Checkout API 502s", IncidentKind.REAL);
    incidents.changeStatus(inc.id(), IncidentStatus.RESOLVED);
    outbox.enqueueNew();
    courier.answer(Outcome.created("OPS-42"));
    courier.answer(Outcome.sent(Optional.empty()));

    dispatcher.sendDue();

    assertThat(courier.links).containsExactly(Optional.empty(), Optional.of("OPS-42"));
  }

  @Test
  void aSendCutOffByADeadProcessIsSentAgainAndKnownToMayHaveArrived() throws Exception {
    declare("Checkout API 502s", IncidentKind.REAL);
    // What kill -9 mid-request leaves: the row marked sending by a process that is gone.
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    ws.read(
        dsl ->
            dsl.update(DELIVERY)
                .set(DELIVERY.STATE, "SENDING")
                .set(DELIVERY.ATTEMPTS, 1L)
                .set(DELIVERY.SENDER_PID, gone.pid())
                .execute());
    courier.answer(Outcome.sent(Optional.empty()));

    assertThat(dispatcher.sendDue()).isEqualTo(1);

    assertThat(courier.carried).hasSize(1);
    assertThat(courier.carried.get(0).attempts()).isEqualTo(2);
    assertThat(courier.carried.get(0).mayHaveArrived()).isTrue();
    assertThat(outbox.list(false, 1).get(0).state()).isEqualTo(DeliveryState.SENT);
  }

  @Test
  void aSendInALiveProcessIsLeftAlone() {
    declare("Checkout API 502s", IncidentKind.REAL);
    ws.read(
        dsl ->
            dsl.update(DELIVERY)
                .set(DELIVERY.STATE, "SENDING")
                .set(DELIVERY.SENDER_PID, ProcessHandle.current().pid())
                .execute());

    assertThat(dispatcher.recoverInterrupted()).isZero();
    assertThat(dispatcher.sendDue()).isZero();
    assertThat(courier.carried).isEmpty();
  }

  @Test
  void theSchedulerQueuesAndSends() {
    DomainScheduler scheduler =
        new DomainScheduler(
            clock,
            e -> {
              throw new AssertionError(e);
            });
    dispatcher.sendOn(scheduler);
    incidents.declare(
        new NewIncident("Queued by the CLI", Severity.SEV3, IncidentKind.REAL, List.of(), ""));
    courier.answer(Outcome.sent(Optional.empty()));

    scheduler.runDue();

    assertThat(courier.carried).extracting(Delivery::event).containsExactly("incident.declared");
  }

  @Test
  void nothingIsSentWhileTheDrillHasPulledThePlug() {
    declare("Checkout API 502s", IncidentKind.REAL);
    dispatcher.pauseWhen(() -> true);
    assertThat(dispatcher.sendDue()).isZero();
    assertThat(outbox.waiting()).isEqualTo(1);
  }

  /** Answers in order; records what it was given. */
  static final class ScriptedCourier implements Courier {
    final Deque<Outcome> script = new ArrayDeque<>();
    final List<Delivery> carried = new ArrayList<>();
    final List<Optional<String>> links = new ArrayList<>();

    void answer(Outcome o) {
      script.add(o);
    }

    @Override
    public Outcome carry(Delivery delivery, DeliveryTarget target, Optional<String> link) {
      carried.add(delivery);
      links.add(link);
      if (script.isEmpty()) {
        throw new AssertionError("not expected to send " + delivery.event());
      }
      return script.poll();
    }
  }
}
