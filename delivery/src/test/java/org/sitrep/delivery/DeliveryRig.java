package org.sitrep.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.delivery.Backoff;
import org.sitrep.model.delivery.Delivery;
import org.sitrep.model.delivery.DeliveryDispatcher;
import org.sitrep.model.delivery.DeliveryOutbox;
import org.sitrep.model.delivery.DeliveryTarget;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

/**
 * A real workspace file, its outbox and dispatcher, and the HTTP courier, on a clock the test
 * moves: retries come due when the test says, never after a sleep.
 */
final class DeliveryRig implements AutoCloseable {

  final SteppingClock clock = SteppingClock.at("2026-12-07T10:00:00Z");
  final Workspace ws;
  final IncidentService incidents;
  final DeliveryOutbox outbox;
  final DeliveryDispatcher dispatcher;
  final HttpCourier courier;
  final Map<String, Secret> secrets = new HashMap<>();

  DeliveryRig(Path dir) {
    this(dir, null);
  }

  /** {@code vaultSecrets}: take credentials from this instead of the map. */
  DeliveryRig(Path dir, TargetSecrets vaultSecrets) {
    ws = TestWorkspace.open(dir, clock);
    incidents = new IncidentService(ws);
    outbox = new DeliveryOutbox(ws);
    TargetSecrets source =
        vaultSecrets != null
            ? vaultSecrets
            : (DeliveryTarget t) -> Optional.ofNullable(secrets.get(t.credential()));
    // A short timeout: the "no answer" test waits for it once; the rest answer at once.
    courier = new HttpCourier(source, clock, Duration.ofSeconds(3));
    dispatcher = new DeliveryDispatcher(ws, outbox, courier, new Backoff(() -> 0.5));
  }

  Incident declare(String title) {
    return declare(title, IncidentKind.REAL);
  }

  Incident declare(String title, IncidentKind kind) {
    return incidents.declare(new NewIncident(title, Severity.SEV2, kind, List.of("checkout"), ""));
  }

  /** Queues what was written and sends what is due now. */
  int sendNow() {
    outbox.enqueueNew();
    return dispatcher.sendDue();
  }

  /** Sends until nothing waits, moving the clock past each backoff (at most {@code rounds}). */
  void drain(int rounds) {
    outbox.enqueueNew();
    for (int i = 0; i < rounds && outbox.waiting() > 0; i++) {
      dispatcher.sendDue();
      clock.advance(Duration.ofMinutes(16));
    }
  }

  Delivery only() {
    List<Delivery> all = outbox.list(false, 10);
    if (all.size() != 1) {
      throw new AssertionError("expected one delivery, got " + all);
    }
    return all.get(0);
  }

  List<LogEntry> timeline(Incident inc) {
    return ws.read(dsl -> LogRepository.timeline(dsl, inc.id()));
  }

  @Override
  public void close() {
    courier.close();
    ws.close();
  }
}
