package org.sitrep.runbooks.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.readiness.Check;
import org.sitrep.model.readiness.ReadinessLine;
import org.sitrep.model.readiness.RestoreTest;
import org.sitrep.model.readiness.Service;
import org.sitrep.model.readiness.Status;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.checklist.ChecklistService;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.runbooks.library.SourceFile;

/** Import, a restore test from the restore runbook, and readiness moving with the clock. */
class ReadinessServiceTest {

  @TempDir Path dir;
  private final SteppingClock clock = SteppingClock.at("2026-03-10T09:00:00Z");
  private Workspace ws;
  private ReadinessService readiness;
  private RestoreTestService restores;

  @BeforeEach
  void open() throws Exception {
    ws = TestWorkspace.open(dir, clock);
    org.sitrep.runbooks.library.ImportReport report =
        new RunbookLibrary(ws)
            .importFiles(
                List.of(
                    new SourceFile(
                        "payments-db-restore.md",
                        ServiceFileParserTest.fixture("payments-db-restore.md"))),
                "tester");
    assertThat(report.refused()).as(report.problems().toString()).isFalse();
    readiness = new ReadinessService(ws, ReadinessPolicy.DEFAULT);
    restores = new RestoreTestService(ws, new IncidentService(ws), new ChecklistService(ws));
    assertThat(
            readiness.importText("services.yaml", ServiceFileParserTest.fixture("services.yaml")))
        .isEqualTo(2);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private ReadinessLine line(Check check) {
    return readiness.readiness("payments-db", clock.instant()).line(check);
  }

  @Test
  void aBadFileImportsNothingAndSaysWhere() throws Exception {
    List<Service> before = readiness.services();
    String bad = ServiceFileParserTest.fixture("bad-services.yaml");
    assertThatThrownBy(() -> readiness.importText("bad-services.yaml", bad))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("bad-services.yaml:4:11: error: `tier` must be 1, 2, 3 or 4");
    assertThat(readiness.services()).isEqualTo(before);
    assertThat(
            readiness.importText("services.yaml", ServiceFileParserTest.fixture("services.yaml")))
        .as("importing the same file again changes nothing")
        .isZero();
  }

  @Test
  void aRestoreTestFromTheRunbookTurnsTheLineGreenThenAmberPastTheCadence() {
    assertThat(line(Check.RESTORE_TEST).status()).isEqualTo(Status.RED);
    assertThat(line(Check.RUNBOOKS).evidence())
        .startsWith("restore: payments-db-restore v1 reviewed 2026-02-20");

    RestoreTest t = restores.start("payments-db", Optional.empty(), Optional.of("pg-test-1"));
    assertThat(t.result()).isEqualTo(RestoreTest.Result.RUNNING);
    assertThat(t.kind()).isEqualTo(RestoreTest.Kind.REAL);
    assertThat(t.runbookId()).isEqualTo("payments-db-restore");
    assertThat(t.runbookVersion()).isEqualTo(1);
    assertThat(t.startedBy()).isEqualTo("Alex Rivera");
    Incident own = ws.read(dsl -> IncidentRepository.get(dsl, t.incidentId().orElseThrow()));
    assertThat(own.kind()).as("a test never reaches a status page").isEqualTo(IncidentKind.DRILL);
    assertThat(own.services()).containsExactly("payments-db");

    clock.advance(Duration.ofMinutes(42));
    RestoreTest done =
        restores.finish(
            t.id(),
            t.startedAt().minus(Duration.ofMinutes(12)),
            clock.instant(),
            true,
            "row counts match");
    assertThat(done.achievedRto()).contains(Duration.ofMinutes(42));
    assertThat(done.achievedRpo()).contains(Duration.ofMinutes(12));
    Incident after = ws.read(dsl -> IncidentRepository.get(dsl, own.id()));
    assertThat(after.status()).isEqualTo(IncidentStatus.RESOLVED);

    ReadinessLine green = line(Check.RESTORE_TEST);
    assertThat(green.status()).isEqualTo(Status.GREEN);
    assertThat(green.evidence())
        .isEqualTo(
            "Last 2026-03-10 by Alex Rivera (payments-db-restore v1): restored in 42m (RTO 1h),"
                + " data 12m old (RPO 15m); next due 2026-04-09");

    clock.set(Instant.parse("2026-04-09T09:00:00Z"));
    ReadinessLine amber = line(Check.RESTORE_TEST);
    assertThat(amber.status()).isEqualTo(Status.AMBER);
    assertThat(amber.evidence()).startsWith("Restore test due since 2026-04-09 (every 30 days)");
  }

  @Test
  void aTestEndsOnceAndTheBackupMustPredateIt() {
    RestoreTest t = restores.start("payments-db", Optional.empty(), Optional.empty());
    assertThatThrownBy(
            () -> restores.finish(t.id(), t.startedAt().plusSeconds(60), t.startedAt(), true, ""))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("after the test started");
    restores.finish(t.id(), t.startedAt(), t.startedAt().plusSeconds(60), false, "WAL missing");
    assertThatThrownBy(
            () -> restores.finish(t.id(), t.startedAt(), t.startedAt().plusSeconds(60), true, ""))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("already ended: failed");
    assertThat(line(Check.RESTORE_TEST).status()).isEqualTo(Status.RED);
    assertThat(line(Check.RESTORE_TEST).evidence()).contains("WAL missing");
  }

  @Test
  void aServiceWithoutARestoreRunbookCannotStartATest() {
    readiness.importText(
        "more.yaml",
        "services:\n  - name: wiki\n    owner: it\n    rto: 1d\n    rpo: 1d\n    restore_every: 180d\n");
    assertThatThrownBy(() -> restores.start("wiki", Optional.empty(), Optional.empty()))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessage(
            "service wiki names no restore runbook: add `runbooks: restore: ID` to its service file");
  }

  @Test
  void theBreakGlassCredentialIsFoundByNameAndItsSecretNeverReachesTheReport() {
    org.sitrep.model.vault.VaultService vault = new org.sitrep.model.vault.VaultService(ws);
    org.sitrep.model.testing.TestKeys.unlocked(vault);
    vault.add(
        new org.sitrep.model.vault.NewVaultItem(
            "payments-db-breakglass",
            org.sitrep.model.vault.VaultItemKind.PASSWORD,
            "postgres",
            "pg-primary-1",
            "",
            List.of(),
            Optional.of(java.time.LocalDate.parse("2026-03-20")),
            org.sitrep.model.vault.Seal.NONE),
        "canary-9f3e-breakglass".toCharArray(),
        "canary-notes-77a1".toCharArray());
    vault.lock();

    ReadinessLine line = line(Check.BREAK_GLASS);
    assertThat(line.status()).isEqualTo(Status.AMBER);
    assertThat(line.evidence()).isEqualTo("payments-db-breakglass: rotate by 2026-03-20");
    org.sitrep.model.readiness.ReadinessReport report =
        readiness.report(Optional.empty(), clock.instant(), 4);
    for (String out :
        List.of(
            org.sitrep.model.readiness.ReportHtml.render(report),
            org.sitrep.model.readiness.ReportText.json(report),
            org.sitrep.model.readiness.ReportText.markdown(report))) {
      assertThat(out).contains("payments-db-breakglass").doesNotContain("canary");
    }
  }
}
