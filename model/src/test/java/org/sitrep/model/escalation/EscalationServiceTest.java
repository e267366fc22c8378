package org.sitrep.model.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.oncall.OnCallImport;
import org.sitrep.model.oncall.OnCallNow;
import org.sitrep.model.oncall.OnCallService;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.Fixtures;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

/** Paging a policy during an incident: the call list, attempts, the timer, escalation, rest. */
class EscalationServiceTest {

  @TempDir Path dir;
  // Friday 20 Nov 2026, 23:40 in Berlin: Dana holds the primary layer this week.
  private final SteppingClock clock = SteppingClock.at("2026-11-20T22:40:00Z");
  private Workspace ws;
  private EscalationService pages;
  private OnCallService onCall;
  private Incident incident;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir, clock);
    ContactService contacts = new ContactService(ws);
    contacts.importFile("team.vcf", Fixtures.text("/contacts/team.vcf"));
    contacts.importFile("people.csv", Fixtures.text("/contacts/people.csv"));
    contacts.importFile("v.vcf", Fixtures.text("/contacts/vendors-v4.vcf"));
    new OnCallImport(ws).file("oncall.json", Fixtures.text("/oncall/oncall.json"), false);
    onCall = new OnCallService(ws);
    pages = new EscalationService(ws, onCall);
    incident =
        new IncidentService(ws)
            .declare(
                new NewIncident(
                    "Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of("checkout"), ""));
  }

  private List<LogEntry> timeline() {
    return ws.read(dsl -> LogRepository.timeline(dsl, incident.id()));
  }

  @Test
  void pagingAPolicyWalksTheLevelsAndLogsEveryStep() {
    Page page = pages.page(incident.id(), "payments-escalation");
    List<CallTarget> level1 = pages.callList(page, clock.instant());
    assertThat(level1)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.person()).isEqualTo("Dana Okafor");
              assertThat(c.why()).isEqualTo("on call: Payments on-call primary");
              assertThat(c.numbers()).contains("cell +49 170 1234567");
              assertThat(c.theirTime().orElseThrow().toString()).isEqualTo("2026-11-20T23:40");
            });
    assertThat(pages.timerEnds(page)).contains(clock.instant().plus(Duration.ofMinutes(10)));

    pages.recordAttempt(page.id(), "Dana Okafor", "cell +49 170 1234567", PageOutcome.NO_ANSWER);
    clock.advance(Duration.ofMinutes(9));
    assertThat(pages.remindIfDue(page.id(), clock.instant())).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    Optional<String> reminder = pages.remindIfDue(page.id(), clock.instant());
    assertThat(reminder.orElseThrow())
        .startsWith("No answer on level 1 within 10 min: escalate to level 2 — Sam Lee");
    assertThat(pages.remindIfDue(page.id(), clock.instant())).isEmpty(); // reminded once

    Page level2 = pages.escalate(page.id());
    assertThat(level2.level()).isEqualTo(1);
    assertThat(pages.callList(level2, clock.instant()))
        .extracting(CallTarget::person)
        .containsExactly("Sam Lee", "Kim Nguyen");
    pages.recordAttempt(page.id(), "Sam Lee", "cell", PageOutcome.DECLINED);
    pages.recordAttempt(page.id(), "Kim Nguyen", "cell", PageOutcome.ANSWERED);
    assertThat(pages.get(page.id()).state()).isEqualTo(Page.State.ACKNOWLEDGED);
    assertThatThrownBy(() -> pages.escalate(page.id())).isInstanceOf(ChangeRefusedException.class);

    assertThat(timeline())
        .extracting(LogEntry::event)
        .containsSubsequence(
            EventCode.PAGE_STARTED,
            EventCode.PAGE_ATTEMPT,
            EventCode.PAGE_TIMER_EXPIRED,
            EventCode.PAGE_ESCALATED,
            EventCode.PAGE_ATTEMPT,
            EventCode.PAGE_ATTEMPT,
            EventCode.PAGE_ACKNOWLEDGED);
    assertThat(timeline())
        .extracting(LogEntry::text)
        .contains(
            "Called Dana Okafor (cell +49 170 1234567): no answer — level 1",
            "Called Sam Lee (cell): declined — level 2",
            "Kim Nguyen acknowledged the page (level 2)");
  }

  @Test
  void whoeverAnswersAtNightRestsForADayAndTheNextPersonIsSuggested() {
    Page page = pages.page(incident.id(), "dana okafor");
    pages.recordAttempt(page.id(), "Dana Okafor", "cell", PageOutcome.ANSWERED); // 23:40 Berlin

    clock.advance(Duration.ofHours(2));
    OnCallNow primary = primary();
    assertThat(primary.now().orElseThrow().person()).isEqualTo("Dana Okafor");
    assertThat(primary.restingUntil()).contains(Instant.parse("2026-11-21T22:40:00Z"));
    assertThat(primary.suggested()).contains("Sam Lee");
    assertThat(primary.callFirst()).contains("Sam Lee");
    Page next = pages.page(incident.id(), "payments-escalation");
    assertThat(pages.callList(next, clock.instant()).get(0).person()).isEqualTo("Sam Lee");
    assertThat(pages.callList(next, clock.instant()).get(0).why())
        .contains("Dana Okafor rests after a night page until 23:40");

    clock.advance(Duration.ofHours(23));
    assertThat(primary().restingUntil()).isEmpty();
  }

  @Test
  void theTeamsOwnRestRuleFromTheOnCallFileDecidesWhatNightIs() {
    new OnCallImport(ws)
        .file("rest.json", "{\"rest\": {\"night\": \"00:00-06:00\", \"hours\": 12}}", false);
    Page page = pages.page(incident.id(), "dana-okafor");
    pages.recordAttempt(page.id(), "Dana Okafor", "cell", PageOutcome.ANSWERED); // 23:40 Berlin
    assertThat(primary().restingUntil()).isEmpty(); // not night under this team's rule

    clock.advance(Duration.ofMinutes(30)); // 00:10 Berlin
    pages.recordAttempt(
        pages.page(incident.id(), "dana-okafor").id(), "Dana Okafor", "cell", PageOutcome.ANSWERED);
    assertThat(primary().restingUntil()).contains(clock.instant().plus(Duration.ofHours(12)));
  }

  @Test
  void aDaytimeAnswerIsNoReasonToRest() {
    clock.set(Instant.parse("2026-11-20T10:00:00Z")); // 11:00 in Berlin
    Page page = pages.page(incident.id(), "dana-okafor");
    pages.recordAttempt(page.id(), "Dana Okafor", "cell", PageOutcome.ANSWERED);
    clock.advance(Duration.ofHours(1));
    assertThat(primary().restingUntil()).isEmpty();
    assertThat(primary().callFirst()).contains("Dana Okafor");
  }

  @Test
  void pagingSomethingUnknownIsRefusedAndWritesNothing() {
    int before = timeline().size();
    assertThatThrownBy(() -> pages.page(incident.id(), "nobody-at-all"))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessage("'nobody-at-all' is neither an escalation policy nor a contact");
    assertThat(timeline()).hasSize(before);
  }

  @Test
  void theVendorLevelShowsTheSupportFactsTheDeskAsksFor() {
    Page page = pages.page(incident.id(), "payments-escalation");
    pages.escalate(page.id());
    Page level3 = pages.escalate(page.id());
    CallTarget acme = pages.callList(level3, clock.instant()).get(0);
    assertThat(acme.person()).isEqualTo("Acme Cloud Support");
    assertThat(acme.why())
        .isEqualTo("vendor support · Enterprise · SLA 15 min for P1 · account ACME-4471-EU");
    assertThat(acme.numbers()).containsExactly("work +1-800-555-0199");
  }

  private OnCallNow primary() {
    return onCall.at(Optional.of("payments"), clock.instant()).stream()
        .filter(n -> n.layer().equals("primary"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theSchedulerLogsARunOutTimerWithNobodyLookingAtThePage() {
    java.util.List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    org.sitrep.model.schedule.DomainScheduler scheduler =
        new org.sitrep.model.schedule.DomainScheduler(clock, failures::add);
    pages.remindOn(scheduler);
    pages.page(incident.id(), "payments-escalation");

    clock.advance(Duration.ofMinutes(9));
    scheduler.runDue();
    assertThat(timeline()).extracting(LogEntry::event).doesNotContain(EventCode.PAGE_TIMER_EXPIRED);

    clock.advance(Duration.ofMinutes(1));
    scheduler.runDue();
    clock.advance(Duration.ofSeconds(1));
    scheduler.runDue(); // logged once per level, not once per run
    assertThat(timeline())
        .filteredOn(e -> e.event() == EventCode.PAGE_TIMER_EXPIRED)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.text())
                    .startsWith("No answer on level 1 within 10 min: escalate to level 2"));
    assertThat(failures).isEmpty();
  }
}
