package org.sitrep.app.comms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.StoreReads;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.comms.Audience;
import org.sitrep.model.comms.CommsService;
import org.sitrep.model.comms.SentUpdate;
import org.sitrep.model.comms.UpdatePhase;
import org.sitrep.model.comms.UpdateReminders;
import org.sitrep.model.comms.wording.Check;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;

/** The composer and the next-update line without a window, on a clock the test moves. */
class ComposerViewModelTest {

  @TempDir Path dir;
  private Instant now = Instant.parse("2026-12-07T14:00:00Z");

  @Test
  void warningsFollowEveryKeyWithoutTheStoreAndAnOverrideIsRecorded() throws Exception {
    InstantSource clock = () -> now;
    try (Workspace ws = Workspace.open(dir.resolve(Workspace.FILE_NAME), clock)) {
      ws.setOperator("Alex Rivera");
      IncidentService incidents = new IncidentService(ws);
      Incident incident =
          incidents.declare(
              new NewIncident(
                  "Checkout 502s",
                  Severity.SEV1,
                  IncidentKind.REAL,
                  List.of("checkout"),
                  "card payments fail"));
      incidents.assignRole(incident.id(), Role.COMMUNICATOR, "Dana Okafor");
      CommsService comms = new CommsService(ws);
      List<Throwable> errors = new ArrayList<>();
      ComposerViewModel model =
          new ComposerViewModel(comms, Tasks.sameThread(), clock, errors::add);
      boolean[] ready = {false};
      model.open(incident, Audience.PUBLIC, () -> ready[0] = true);
      assertThat(ready[0]).isTrue();
      assertThat(model.phase().get()).isEqualTo(UpdatePhase.INVESTIGATING);
      assertThat(model.text().get())
          .startsWith("We are investigating card payments fail affecting checkout")
          .contains("Next update by 14:30 UTC");
      assertThat(model.templateLine().get())
          .isEqualTo(
              "To customers / status page · template customers-investigating v1 · promises the"
                  + " next update by 14:30 UTC");
      assertThat(model.warnings()).isEmpty();
      assertThat(model.canSend().get()).isTrue();

      // Typing reads nothing from the store: the checks run on what was read when it opened.
      String filled = model.text().get();
      try (StoreReads reads = StoreReads.on(ws)) {
        model.text().set("Dana Okafor thinks it will be fixed in 10 minutes. " + filled);
        assertThat(reads.steps()).as("SQLite steps while typing").isZero();
      }
      assertThat(model.warnings())
          .extracting(ComposerViewModel.WarningRow::check)
          .contains(Check.ETA, Check.NAMES);
      assertThat(model.canSend().get()).isFalse();
      assertThat(model.sendHint().get()).startsWith("Fix or override");

      model.text().set("We think the card processor is slow. " + filled);
      assertThat(model.warnings())
          .extracting(ComposerViewModel.WarningRow::check)
          .containsExactly(Check.SPECULATION);
      model.override(Check.SPECULATION, true);
      assertThat(model.warnings())
          .singleElement()
          .matches(ComposerViewModel.WarningRow::overridden);
      assertThat(model.canSend().get()).isTrue();

      List<SentUpdate> sent = new ArrayList<>();
      model.send(sent::add);
      assertThat(sent)
          .singleElement()
          .satisfies(
              u -> {
                assertThat(u.overridden()).containsExactly("speculation");
                assertThat(u.audience()).isEqualTo(Audience.PUBLIC);
                assertThat(u.text()).startsWith("We think the card processor is slow.");
              });

      // The resolved template asks for an apology, the cause and what will be done.
      model.phase().set(UpdatePhase.RESOLVED);
      assertThat(model.text().get()).startsWith("This incident has been resolved");
      assertThat(model.warnings())
          .extracting(ComposerViewModel.WarningRow::check)
          .containsExactly(Check.APOLOGY, Check.WHAT_HAPPENED, Check.WHAT_NEXT);
      assertThat(errors).isEmpty();
    }
  }

  @Test
  void theNextUpdateLineCountsDownAndShowsTheReminder() throws Exception {
    InstantSource clock = () -> now;
    try (Workspace ws = Workspace.open(dir.resolve(Workspace.FILE_NAME), clock)) {
      ws.setOperator("Alex Rivera");
      IncidentService incidents = new IncidentService(ws);
      Incident incident =
          incidents.declare(
              new NewIncident(
                  "Checkout 502s", Severity.SEV1, IncidentKind.REAL, List.of("checkout"), ""));
      CommsService comms = new CommsService(ws);
      UpdateReminders reminders = new UpdateReminders(ws, comms);
      List<String> notified = new ArrayList<>();
      List<Throwable> errors = new ArrayList<>();
      NextUpdateViewModel line =
          new NextUpdateViewModel(
              comms,
              reminders,
              ws.changes(),
              clock,
              Tasks.sameThread(),
              errors::add,
              notified::add);
      line.activate();
      line.load(incident.id());
      assertThat(line.line().get())
          .isEqualTo("Nobody holds comms: someone owes the next update by 14:30 UTC (in 30 min)");

      // The role changes elsewhere (the entry line): the feed brings it.
      incidents.assignRole(incident.id(), Role.COMMUNICATOR, "Dana Okafor");
      assertThat(line.line().get()).startsWith("Dana Okafor owes the next update by 14:30 UTC");

      // The clock alone moves the countdown, reading nothing.
      now = now.plus(Duration.ofMinutes(20));
      try (StoreReads reads = StoreReads.on(ws)) {
        line.tick(now);
        assertThat(reads.steps()).as("SQLite steps on a tick").isZero();
      }
      assertThat(line.line().get()).endsWith("(in 10 min)");
      assertThat(line.overdue().get()).isFalse();

      now = now.plus(Duration.ofMinutes(11));
      line.tick(now);
      assertThat(line.overdue().get()).isTrue();
      assertThat(line.line().get()).contains("OVERDUE since 14:30 UTC");
      assertThat(notified).isEmpty();
      reminders.remindAllDue(now);
      assertThat(line.reminder().get()).startsWith("Update overdue:");
      assertThat(notified).containsExactly(line.reminder().get());
      reminders.remindAllDue(now.plusSeconds(5));
      assertThat(notified).hasSize(1);
      assertThat(errors).isEmpty();
    }
  }
}
