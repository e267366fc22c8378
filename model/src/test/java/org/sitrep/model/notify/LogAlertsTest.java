package org.sitrep.model.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

/** Which log entries interrupt a responder, and that each does so once, with its incident named. */
class LogAlertsTest {

  @TempDir Path dir;
  private Workspace ws;
  private IncidentService incidents;
  private final List<Alert> raised = new CopyOnWriteArrayList<>();

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir, SteppingClock.at("2026-12-08T01:00:00Z"));
    ws.setOperator("Dana Okafor");
    incidents = new IncidentService(ws);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void aPageTimerRunOutADrillInjectAndADueUpdateAreRaisedOnceEachAndNothingElse() {
    String real = declare("Checkout API 502s", IncidentKind.REAL);
    String drill = declare("Region failover", IncidentKind.DRILL);
    write(real, EventCode.PAGE_TIMER_EXPIRED, "before the window opened: not replayed");
    try (Subscription s = new LogAlerts(ws, raised::add).watch()) {
      incidents.addEntry(real, EntryKind.NOTE, "a plain note interrupts nobody");
      write(real, EventCode.PAGE_TIMER_EXPIRED, "Sam Lee did not answer within 5 min: call Ana");
      write(drill, EventCode.DRILL_INJECT_RELEASED, "Inject: the status page is down too");
      write(real, EventCode.COMMS_UPDATE_DUE, "Next stakeholder update is due now");
      write(drill, EventCode.PAGE_TIMER_EXPIRED, "Drill page to Kim Ito not answered");
    }
    write(real, EventCode.PAGE_TIMER_EXPIRED, "after release: nobody listens");

    assertThat(raised)
        .extracting(Alert::title)
        .containsExactly(
            "Page not answered: Checkout API 502s",
            "Drill inject: Region failover",
            "Status update due: Checkout API 502s",
            "Page not answered: DRILL — Region failover");
    assertThat(raised.get(0).body()).isEqualTo("Sam Lee did not answer within 5 min: call Ana");
    assertThat(raised.get(0).urgency()).isEqualTo(Alert.Urgency.CRITICAL);
    assertThat(raised.get(1).urgency()).isEqualTo(Alert.Urgency.NORMAL);
    assertThat(raised.get(1).incidentId()).contains(drill);
  }

  private String declare(String title, IncidentKind kind) {
    return incidents
        .declare(new NewIncident(title, Severity.SEV2, kind, List.of("checkout"), ""))
        .id();
  }

  private void write(String incident, EventCode code, String text) {
    ws.write(tx -> LogRepository.append(tx, new Draft(incident, code, text, "Sitrep")));
  }
}
