package org.sitrep.app.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.escalation.EscalationService;
import org.sitrep.model.escalation.PageOutcome;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.oncall.OnCallImport;
import org.sitrep.model.oncall.OnCallService;
import org.sitrep.model.store.Workspace;

/** The call list panel's state, driven by a clock the test moves: no window, no sleeping. */
class PageViewModelTest {

  private static final Path FIXTURES = Path.of("../model/src/test/resources");

  @TempDir Path dir;
  private Instant now = Instant.parse("2026-11-20T12:00:00Z");

  @Test
  void showsWhoToCallCountsDownRemindsOnceThenEscalates() throws Exception {
    InstantSource clock = () -> now;
    try (Workspace ws = Workspace.open(dir.resolve(Workspace.FILE_NAME), clock)) {
      ws.setOperator("Alex Rivera");
      ContactService contacts = new ContactService(ws);
      contacts.importFile("team.vcf", Files.readString(FIXTURES.resolve("contacts/team.vcf")));
      contacts.importFile("people.csv", Files.readString(FIXTURES.resolve("contacts/people.csv")));
      new OnCallImport(ws)
          .file("oncall.json", Files.readString(FIXTURES.resolve("oncall/oncall.json")), false);
      EscalationService escalation = new EscalationService(ws, new OnCallService(ws));
      String incident =
          new IncidentService(ws)
              .declare(
                  new NewIncident("Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      List<Throwable> errors = new ArrayList<>();
      int[] logged = {0};
      PageViewModel model =
          new PageViewModel(
              escalation, ws.changes(), clock, Tasks.sameThread(), errors::add, () -> logged[0]++);
      model.activate();
      model.load(incident);
      assertThat(model.showing().get()).isFalse();

      // Started elsewhere (the entry line's /page): the feed brings it to the panel.
      escalation.page(incident, "payments-escalation");
      model.tick(now);
      assertThat(model.showing().get()).isTrue();
      assertThat(model.title().get()).isEqualTo("Paging Payments escalation · level 1 of 3");
      assertThat(model.timer().get()).isEqualTo("10:00 left");
      assertThat(model.calls())
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.person()).isEqualTo("Dana Okafor");
                assertThat(c.numbers()).isEqualTo("cell +49 170 1234567  ·  work +49 30 9876543");
                assertThat(c.theirTime()).isEqualTo("their time Fri 13:00");
              });

      model.record(model.calls().get(0), PageOutcome.NO_ANSWER);
      now = now.plus(Duration.ofMinutes(10));
      model.tick(now);
      assertThat(model.timer().get()).isEqualTo("time's up");
      assertThat(model.reminder().get())
          .startsWith("No answer on level 1 within 10 min: escalate to level 2");
      int before = logged[0];
      model.tick(now.plusSeconds(1));
      assertThat(logged[0]).as("the reminder is logged once").isEqualTo(before);

      model.escalate();
      assertThat(model.title().get()).isEqualTo("Paging Payments escalation · level 2 of 3");
      assertThat(model.reminder().get()).isEmpty();
      assertThat(model.calls())
          .extracting(PageViewModel.Call::person)
          .containsExactly("Sam Lee", "Kim Nguyen");
      model.record(model.calls().get(1), PageOutcome.ANSWERED);
      assertThat(model.showing().get()).isFalse();
      assertThat(errors).isEmpty();
    }
  }

  @Test
  void theClockMovesTheCountdownWithoutTheStoreAndAChangeReloadsWhileActive() throws Exception {
    InstantSource clock = () -> now;
    try (Workspace ws = Workspace.open(dir.resolve(Workspace.FILE_NAME), clock)) {
      ws.setOperator("Alex Rivera");
      ContactService contacts = new ContactService(ws);
      contacts.importFile("team.vcf", Files.readString(FIXTURES.resolve("contacts/team.vcf")));
      contacts.importFile("people.csv", Files.readString(FIXTURES.resolve("contacts/people.csv")));
      new OnCallImport(ws)
          .file("oncall.json", Files.readString(FIXTURES.resolve("oncall/oncall.json")), false);
      EscalationService escalation = new EscalationService(ws, new OnCallService(ws));
      String incident =
          new IncidentService(ws)
              .declare(
                  new NewIncident("Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      List<Throwable> errors = new ArrayList<>();
      PageViewModel model =
          new PageViewModel(
              escalation, ws.changes(), clock, Tasks.sameThread(), errors::add, () -> {});
      model.activate();
      model.load(incident);
      String page = escalation.page(incident, "payments-escalation").id();
      assertThat(model.timer().get()).isEqualTo("10:00 left");

      try (org.sitrep.app.StoreReads reads = org.sitrep.app.StoreReads.on(ws)) {
        for (int second = 0; second < 90; second++) {
          now = now.plusSeconds(1);
          model.tick(now);
        }
        assertThat(reads.steps()).as("SQLite steps during 90 ticks").isZero();
        assertThat(model.timer().get()).isEqualTo("8:30 left");
        assertThat(model.calls().get(0).theirTime()).isEqualTo("their time Fri 13:01");

        // Escalated elsewhere (another window, the CLI's process via the scheduler's look).
        escalation.escalate(page);
        assertThat(reads.steps()).isPositive();
        assertThat(model.title().get()).isEqualTo("Paging Payments escalation · level 2 of 3");
        assertThat(model.calls())
            .extracting(PageViewModel.Call::person)
            .containsExactly("Sam Lee", "Kim Nguyen");
      }

      // Hidden: no subscription left, and a change no longer reaches the panel.
      model.deactivate();
      assertThat(ws.changes().watchers()).isZero();
      escalation.escalate(page);
      assertThat(model.title().get()).isEqualTo("Paging Payments escalation · level 2 of 3");
      assertThat(errors).isEmpty();
    }
  }
}
