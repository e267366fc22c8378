package org.sitrep.model.comms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.comms.wording.Check;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.schedule.DomainScheduler;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.Fixtures;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

/** Writing, checking and sending stakeholder updates; cadence, reminders, the postmortem line. */
class CommsServiceTest {

  @TempDir Path dir;
  private final SteppingClock clock = SteppingClock.at("2026-12-07T14:00:00Z");
  private Workspace ws;
  private CommsService comms;
  private Incident incident;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir, clock);
    new ContactService(ws).importFile("people.csv", Fixtures.text("/contacts/people.csv"));
    comms = new CommsService(ws);
    IncidentService incidents = new IncidentService(ws);
    incident =
        incidents.declare(
            new NewIncident(
                "Card payments failing on db-prod-03",
                Severity.SEV1,
                IncidentKind.REAL,
                List.of("checkout", "payments"),
                "card payments failing for some customers"));
    incidents.assignRole(incident.id(), Role.COMMUNICATOR, "Kim Nguyen");
  }

  private List<LogEntry> timeline(EventCode... events) {
    return ws.read(dsl -> LogRepository.timeline(dsl, incident.id(), List.of(events)));
  }

  @Test
  void composeFillsTheTemplateFromTheIncidentAndPromisesTheNextUpdateBySeverity() {
    clock.advance(Duration.ofMinutes(12));
    UpdateDraft d = comms.compose(incident.id(), "customers-investigating", "", Optional.empty());
    assertThat(d.text())
        .isEqualTo(
            "We are investigating card payments failing for some customers affecting checkout,"
                + " payments, starting at 2026-12-07 14:00 UTC.\n\n"
                + "Our engineers are working on it now. Next update by 14:42 UTC.");
    assertThat(d.nextUpdate()).contains(Instant.parse("2026-12-07T14:42:00Z"));
    assertThat(d.template().label()).isEqualTo("customers-investigating v1");
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void internalTemplateSaysSeverityElapsedAndTitle() {
    clock.advance(Duration.ofMinutes(75));
    UpdateDraft d =
        comms.compose(
            incident.id(),
            "internal-identified",
            "Rollback in progress.",
            Optional.of(Duration.ofMinutes(20)));
    assertThat(d.text())
        .startsWith(
            "SEV1 incident "
                + incident.id()
                + ": Card payments failing on db-prod-03\n"
                + "Services: checkout, payments. Impact: card payments failing for some customers."
                + " Started 2026-12-07 14:00 UTC (1 h 15 min ago).")
        .contains("Rollback in progress.")
        .endsWith("Next update by 15:35 UTC.");
  }

  @Test
  void sendWritesTheEntryAndItsRecordAndTheQueueForPublicUpdates() {
    UpdateDraft d = comms.compose(incident.id(), "customers-investigating", "", Optional.empty());
    SentUpdate sent = comms.send(d, Set.of());
    LogEntry entry = timeline(EventCode.COMMS_UPDATE_PUBLIC).get(0);
    assertThat(entry.id()).isEqualTo(sent.entryId());
    assertThat(entry.text()).isEqualTo(d.text());
    assertThat(entry.author()).isEqualTo("Alex Rivera");
    SentUpdate read = comms.updates(incident.id()).get(0);
    assertThat(read.audience()).isEqualTo(Audience.PUBLIC);
    assertThat(read.templateId()).isEqualTo("customers-investigating");
    assertThat(read.templateVersion()).isEqualTo(1);
    assertThat(read.nextUpdate()).contains(Instant.parse("2026-12-07T14:30:00Z"));
    assertThat(new StatusPageQueue(ws).state(PageKind.REAL).wantedSince())
        .contains(Instant.parse("2026-12-07T14:00:00Z"));
    // The record travels with the entry to teammates' laptops.
    Integer shipped =
        ws.read(
            dsl ->
                dsl.fetchOne(
                        "SELECT count(*) FROM outbox WHERE entity = 'comms_update' AND entity_id = ?",
                        sent.entryId())
                    .get(0, Integer.class));
    assertThat(shipped).isEqualTo(1);
  }

  @Test
  void internalUpdatesNeverAskForTheStatusPage() {
    comms.send(
        comms.compose(incident.id(), "internal-investigating", "", Optional.empty()), Set.of());
    assertThat(new StatusPageQueue(ws).state(PageKind.REAL).isWaiting()).isFalse();
  }

  @Test
  void warningsStopTheUpdateUntilFixedOrOverriddenAndOverridesAreRecorded() {
    UpdateDraft d =
        comms.compose(
            incident.id(),
            "customers-investigating",
            "Kim is rolling back; it should be fixed by 15:00.",
            Optional.empty());
    assertThat(d.warnings())
        .extracting(w -> w.check())
        .containsExactly(Check.ETA, Check.SPECULATION, Check.NAMES);
    assertThatThrownBy(() -> comms.send(d, Set.of(Check.ETA)))
        .isInstanceOf(UpdateRefusedException.class)
        .hasMessageContaining("speculation names");
    assertThat(timeline(EventCode.COMMS_UPDATE_PUBLIC)).isEmpty();
    SentUpdate sent = comms.send(d, Set.of(Check.ETA, Check.SPECULATION, Check.NAMES));
    assertThat(sent.overridden()).containsExactly("eta", "names", "speculation");
    assertThat(comms.updates(incident.id()).get(0).overridden())
        .containsExactly("eta", "names", "speculation");
  }

  @Test
  void aSecretIsMaskedInTheLogEvenWhenOverridden() {
    ws.redactor().learn("canary-vault-s3cret-4411");
    UpdateDraft d =
        comms.compose(
            incident.id(),
            "internal-investigating",
            "Use canary-vault-s3cret-4411.",
            Optional.empty());
    assertThat(d.warnings()).extracting(w -> w.check()).containsExactly(Check.SECRET);
    comms.send(d, Set.of(Check.SECRET));
    assertThat(timeline(EventCode.COMMS_UPDATE_INTERNAL).get(0).text())
        .doesNotContain("canary-vault-s3cret-4411")
        .contains("[REDACTED secret]");
  }

  @Test
  void theClockCountsDownFromTheLastPromiseAndNamesTheCommunicator() {
    UpdateClock before = comms.clock(incident.id());
    assertThat(before.due()).contains(Instant.parse("2026-12-07T14:30:00Z"));
    assertThat(before.say(clock.instant()))
        .isEqualTo("Kim Nguyen owes the next update by 14:30 UTC (in 30 min)");
    clock.advance(Duration.ofMinutes(10));
    comms.send(
        comms.compose(
            incident.id(), "internal-investigating", "", Optional.of(Duration.ofMinutes(15))),
        Set.of());
    UpdateClock after = comms.clock(incident.id());
    assertThat(after.due()).contains(Instant.parse("2026-12-07T14:25:00Z"));
    clock.advance(Duration.ofMinutes(20));
    assertThat(after.isOverdue(clock.instant())).isTrue();
    assertThat(after.say(clock.instant()))
        .isEqualTo("Kim Nguyen owes the next update: OVERDUE since 14:25 UTC (5 min)");
  }

  @Test
  void aFinalUpdateOwesNothingMore() {
    UpdateDraft resolved =
        comms.compose(
            incident.id(),
            "customers-resolved",
            "We are sorry for the failed payments. A configuration change caused them. We will"
                + " add a check before release.",
            Optional.empty());
    assertThat(resolved.nextUpdate()).isEmpty();
    assertThat(resolved.warnings()).isEmpty();
    comms.send(resolved, Set.of());
    assertThat(comms.clock(incident.id()).due()).isEmpty();
    assertThat(comms.clock(incident.id()).say(clock.instant())).isEqualTo("No update owed");
  }

  @Test
  void theResolvedTemplateAsksForApologyWhatHappenedAndWhatNext() {
    UpdateDraft bare =
        comms.compose(incident.id(), "customers-resolved", "All good now.", Optional.empty());
    assertThat(bare.warnings())
        .extracting(w -> w.check())
        .containsExactly(Check.APOLOGY, Check.WHAT_HAPPENED, Check.WHAT_NEXT);
  }

  @Test
  void remindersFireOnTheSchedulerOncePerPromiseAndStopAfterTheNextUpdate() {
    UpdateReminders reminders = new UpdateReminders(ws, comms);
    DomainScheduler scheduler =
        new DomainScheduler(
            clock,
            e -> {
              throw new AssertionError(e);
            });
    reminders.remindOn(scheduler);
    scheduler.runDue();
    assertThat(timeline(EventCode.COMMS_UPDATE_DUE)).isEmpty();
    clock.advance(Duration.ofMinutes(31));
    scheduler.runDue();
    List<LogEntry> due = timeline(EventCode.COMMS_UPDATE_DUE);
    assertThat(due).hasSize(1);
    assertThat(due.get(0).text())
        .isEqualTo(
            "Update overdue: the next stakeholder update was due at 14:30 UTC — Kim Nguyen"
                + " (comms) owes it");
    assertThat(reminders.reminderLogged(incident.id())).isPresent();
    clock.advance(Duration.ofMinutes(5));
    scheduler.runDue();
    assertThat(timeline(EventCode.COMMS_UPDATE_DUE)).hasSize(1);
    comms.send(
        comms.compose(incident.id(), "internal-investigating", "", Optional.empty()), Set.of());
    assertThat(reminders.reminderLogged(incident.id())).isEmpty();
    clock.advance(Duration.ofMinutes(31));
    scheduler.runDue();
    assertThat(timeline(EventCode.COMMS_UPDATE_DUE)).hasSize(2);
  }

  @Test
  void thePostmortemCountsUpdatesOnTimeAndShowsThemInItsTimeline() {
    // Eight updates, each promising the next in 30 min; the fourth comes 10 min late.
    for (int i = 0; i < 8; i++) {
      clock.advance(Duration.ofMinutes(i == 3 ? 40 : 25));
      comms.send(
          comms.compose(
              incident.id(), "internal-investigating", "Update " + (i + 1) + ".", Optional.empty()),
          Set.of());
    }
    assertThat(comms.onTime(incident.id())).isEqualTo(new OnTime(7, 8));
    String draft =
        new org.sitrep.model.postmortem.PostmortemGenerator(ws)
            .draft(incident.id(), true)
            .markdown();
    assertThat(draft).contains("- Updates on time: 7 of 8");
    assertThat(draft).contains("Update 4.");
  }
}
