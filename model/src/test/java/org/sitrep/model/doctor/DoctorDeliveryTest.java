package org.sitrep.model.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.backup.BackupService;
import org.sitrep.model.backup.BackupSettings;
import org.sitrep.model.delivery.DeliveryOutbox;
import org.sitrep.model.delivery.TargetKind;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.vault.KdfParams;

/**
 * The delivery outbox as a killed Sitrep leaves it: a delivery marked sending by a process that is
 * gone is found and queued again only when asked; one sending in a live process is left alone; a
 * delivery the target refused for good is named and never retried by the doctor.
 */
class DoctorDeliveryTest {

  @TempDir Path dir;
  private final SteppingClock clock = SteppingClock.at("2026-12-07T10:00:00Z");
  private Path data;
  private Workspace ws;
  private Doctor doctor;
  private List<Long> queued;

  @BeforeEach
  void open() {
    data = dir.resolve("data");
    ws = TestWorkspace.open(data, clock);
    ws.setOperator("Dana Okafor");
    DeliveryOutbox outbox = new DeliveryOutbox(ws);
    outbox.addTarget("war-room", TargetKind.SLACK, Optional.empty(), "slack hook", Map.of());
    IncidentService incidents = new IncidentService(ws);
    String incident =
        incidents
            .declare(
                new NewIncident(
                    "Checkout API 502s", Severity.SEV2, IncidentKind.REAL, List.of("edge"), ""))
            .id();
    incidents.addEntry(incident, EntryKind.COMMS, "Investigating 502s at the edge");
    incidents.changeSeverity(incident, Severity.SEV1);
    outbox.enqueueNew();
    queued =
        ws.read(db -> db.fetch("SELECT id FROM delivery ORDER BY id").getValues(0, Long.class));
    assertThat(queued).as("the fixture queues deliveries").hasSizeGreaterThanOrEqualTo(2);
    BackupService backups = new BackupService(ws, BackupService.defaultFolder(data));
    backups.createKey("backup passphrase for tests".toCharArray(), KdfParams.FLOOR, false);
    backups.backupNow();
    doctor = new Doctor(ws, data, backups, BackupSettings.defaults());
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void aDeliveryLeftSendingByAKilledSitrepIsQueuedAgainOnlyWhenAsked() throws Exception {
    ProcessHandle gone = deadProcess();
    long first = queued.get(0);
    markSending(first, gone.pid(), 1_000L);
    ProcessHandle me = ProcessHandle.current();
    long second = queued.get(1);
    markSending(
        second,
        me.pid(),
        me.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(null));

    Finding f = finding("deliveries sending");
    assertThat(f.healthy()).isFalse();
    assertThat(f.explanation()).contains("1 delivery(ies)").contains("#" + first);
    assertThat(f.repair()).get().asString().contains("queue them again");
    assertThat(state(first)).as("examining changed nothing").isEqualTo("SENDING");

    List<String> done = Doctor.repair(doctor.examine());
    assertThat(done).contains("deliveries sending: 1 delivery(ies) queued again");
    assertThat(state(first)).isEqualTo("QUEUED");
    assertThat(state(second))
        .as("a live process is still sending it: left alone")
        .isEqualTo("SENDING");
    assertThat(finding("deliveries sending").healthy()).isTrue();
    assertThat(finding("deliveries sending").explanation()).contains("1 delivery(ies) being sent");
  }

  @Test
  void aDeliveryRefusedForGoodIsNamedAndNeverRetriedByTheDoctor() throws Exception {
    long refused = queued.get(0);
    ws.read(
        db ->
            db.execute(
                "UPDATE delivery SET state = 'FAILED_PERMANENTLY', last_error = ? WHERE id = ?",
                "403 channel_is_archived",
                refused));
    Finding f = finding("deliveries failed");
    assertThat(f.healthy()).isFalse();
    assertThat(f.explanation())
        .contains("#" + refused + " to war-room: 403 channel_is_archived")
        .contains("sitrep deliveries retry ID");
    assertThat(f.repair()).isEmpty();
    Doctor.repair(doctor.examine());
    assertThat(state(refused)).isEqualTo("FAILED_PERMANENTLY");
  }

  @Test
  void aHealthyOutboxHasNothingToSay() {
    assertThat(finding("deliveries sending").healthy()).isTrue();
    assertThat(finding("deliveries failed").healthy()).isTrue();
  }

  private Finding finding(String check) {
    return doctor.examine().stream().filter(f -> f.check().equals(check)).findFirst().orElseThrow();
  }

  private void markSending(long id, long pid, Long startMs) {
    ws.read(
        db ->
            db.execute(
                "UPDATE delivery SET state = 'SENDING', attempts = attempts + 1, sender_pid = ?,"
                    + " sender_start_ms = ? WHERE id = ?",
                pid,
                startMs,
                id));
  }

  private String state(long id) {
    return ws.read(
        db -> db.fetchOne("SELECT state FROM delivery WHERE id = ?", id).get(0, String.class));
  }

  /** A process that ran and ended: its pid names a Sitrep killed mid-request. */
  private static ProcessHandle deadProcess() throws Exception {
    Process p = new ProcessBuilder("true").start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return p.toHandle();
  }
}
