package org.sitrep.app.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.readiness.Check;
import org.sitrep.model.readiness.ReadinessReminder;
import org.sitrep.model.readiness.ServiceReadiness;
import org.sitrep.model.readiness.Status;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.checklist.ChecklistService;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.runbooks.readiness.ReadinessPolicy;
import org.sitrep.runbooks.readiness.ReadinessReminders;
import org.sitrep.runbooks.readiness.ReadinessService;
import org.sitrep.runbooks.readiness.RestoreTestService;

/** The readiness view-model on a real workspace: import, restore test, the clock past cadence. */
class ReadinessViewModelTest {

  static final String SERVICES =
      "services:\n  - name: orders-db\n    owner: orders\n    tier: 1\n    rto: 1h\n"
          + "    rpo: 15m\n    restore_every: 30d\n    runbooks:\n"
          + "      restore: restore-db-from-backup\n";

  @TempDir Path dir;
  private final SteppingClock clock = SteppingClock.at("2026-03-10T09:00:00Z");
  private final List<Throwable> failures = new ArrayList<>();
  private Workspace ws;
  private ReadinessReminders reminders;
  private ReadinessViewModel model;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir, clock);
    new RunbookLibrary(ws).seedIfEmpty();
    ReadinessService readiness =
        new ReadinessService(ws, ReadinessPolicy.DEFAULT.withZone(java.time.ZoneOffset.UTC));
    reminders = new ReadinessReminders(ws, readiness);
    model =
        new ReadinessViewModel(
            readiness,
            new RestoreTestService(ws, new IncidentService(ws), new ChecklistService(ws)),
            reminders,
            clock,
            ws.changes(),
            Tasks.sameThread(),
            failures::add);
    model.activate();
  }

  @AfterEach
  void close() {
    model.deactivate();
    ws.close();
  }

  private ServiceReadiness ordersDb() {
    return model.shown().get().services().stream()
        .filter(s -> s.service().name().equals("orders-db"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void importRestoreGreenThenAmberWithAReminderOnceTheCadencePasses() throws Exception {
    Path file = dir.resolve("services.yaml");
    Files.writeString(file, SERVICES);
    model.importFile(file.toString(), () -> {});
    assertThat(model.message().get()).contains("1 service(s)");
    assertThat(ordersDb().line(Check.RESTORE_TEST).status()).isEqualTo(Status.RED);

    model.startRestoreTest("orders-db", () -> {});
    assertThat(model.shown().get().running()).containsKey("orders-db");
    assertThat(model.message().get()).contains("restore-db-from-backup");

    clock.advance(Duration.ofMinutes(20));
    model.finishRestoreTest("orders-db", "2026-03-10 08:55", true, () -> {});
    assertThat(model.message().get()).contains("passed");
    assertThat(model.shown().get().running()).isEmpty();
    assertThat(ordersDb().line(Check.RESTORE_TEST).status()).isEqualTo(Status.GREEN);
    assertThat(ordersDb().line(Check.RESTORE_TEST).evidence()).contains("next due 2026-04-09");

    // Time passing is not a change: the reminders job raising one is, and the view reads again.
    clock.advance(Duration.ofDays(31));
    assertThat(reminders.remindAllDue(clock.instant())).isNotEmpty();
    assertThat(ordersDb().line(Check.RESTORE_TEST).status()).isEqualTo(Status.AMBER);
    assertThat(model.shown().get().reminders())
        .extracting(ReadinessReminder::kind)
        .contains(ReadinessReminder.Kind.RESTORE_TEST_DUE);
    assertThat(failures).isEmpty();
  }

  @Test
  void refusalsAreSaidAndChangeNothing() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "services:\n  - name: x\n    rto: soon\n");
    model.importFile(bad.toString(), () -> {});
    assertThat(model.message().get()).contains("nothing imported").contains("bad.yaml:");
    model.refresh(() -> {});
    assertThat(model.shown().get().services()).isEmpty();

    model.importFile(dir.resolve("missing.yaml").toString(), () -> {});
    assertThat(model.message().get()).contains("missing.yaml");

    Files.writeString(dir.resolve("s.yaml"), SERVICES);
    model.importFile(dir.resolve("s.yaml").toString(), () -> {});
    model.startRestoreTest("orders-db", () -> {});
    String start =
        LocalDateTime.ofInstant(
                model.shown().get().running().get("orders-db").startedAt(),
                java.time.ZoneOffset.UTC)
            .format(ReadinessViewModel.WHEN);
    model.finishRestoreTest("orders-db", "yesterday", true, () -> {});
    assertThat(model.message().get()).contains("yyyy-MM-dd HH:mm");
    model.finishRestoreTest("orders-db", "2026-03-11 09:00", true, () -> {});
    assertThat(model.message().get()).contains("after the test started");
    assertThat(model.shown().get().running()).containsKey("orders-db");
    assertThat(start).isEqualTo("2026-03-10 09:00");
    assertThat(failures).isEmpty();
  }
}
