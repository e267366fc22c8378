package org.sitrep.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runbooks, vendor contacts, break-glass credentials, drills and overdue actions. */
class OtherRulesTest {

  @Test
  void allRunbooksPresentReviewedAndCleanIsGreen() {
    ReadinessLine line = new Facts().line(Check.RUNBOOKS);
    assertThat(line.status()).isEqualTo(Status.GREEN);
    assertThat(line.evidence()).startsWith("restore: payments-db-restore v2 reviewed 2026-02-01");
  }

  @Test
  void aMissingRestoreRunbookIsRedAndAMissingFailoverAmber() {
    Facts f = new Facts();
    f.runbooks.put(
        RunbookPurpose.FAILOVER,
        new ReadinessFacts.RunbookState("payments-db-failover", false, 0, Optional.empty(), 0, 0));
    assertThat(f.line(Check.RUNBOOKS).status()).isEqualTo(Status.AMBER);
    assertThat(f.line(Check.RUNBOOKS).evidence())
        .contains("failover: payments-db-failover is not in the library");
    f.runbooks.put(
        RunbookPurpose.RESTORE,
        new ReadinessFacts.RunbookState("payments-db-restore", false, 0, Optional.empty(), 0, 0));
    assertThat(f.line(Check.RUNBOOKS).status()).isEqualTo(Status.RED);
  }

  @Test
  void aStaleRunbookIsAmberAndALintErrorInTheRestoreRunbookRed() {
    Facts f = new Facts();
    f.runbooks.put(
        RunbookPurpose.ISOLATE,
        new ReadinessFacts.RunbookState(
            "payments-db-isolate", true, 1, Optional.of(LocalDate.parse("2025-09-10")), 0, 0));
    ReadinessLine stale = f.line(Check.RUNBOOKS);
    assertThat(stale.status()).isEqualTo(Status.AMBER);
    assertThat(stale.evidence())
        .contains("isolate: payments-db-isolate last reviewed 2025-09-10 (stale after 180 days)");
    f.runbooks.put(
        RunbookPurpose.RESTORE,
        new ReadinessFacts.RunbookState(
            "payments-db-restore", true, 3, Optional.of(LocalDate.parse("2026-03-01")), 2, 0));
    assertThat(f.line(Check.RUNBOOKS).status()).isEqualTo(Status.RED);
    assertThat(f.line(Check.RUNBOOKS).fix()).contains("sitrep runbooks lint");
  }

  @Test
  void aVendorWithoutAReachableNocIsRedAndWithoutSirtAmber() {
    Facts f = new Facts();
    assertThat(f.line(Check.VENDORS).status()).isEqualTo(Status.GREEN);
    f.contacts.remove("acme-sirt");
    assertThat(f.line(Check.VENDORS).status()).isEqualTo(Status.AMBER);
    assertThat(f.line(Check.VENDORS).evidence())
        .isEqualTo("Acme Cloud: NOC acme-noc, SIRT acme-sirt is not in the contact book");
    f.contacts.put("acme-noc", new ReadinessFacts.Reachable("Acme NOC", false));
    assertThat(f.line(Check.VENDORS).status()).isEqualTo(Status.RED);
  }

  @Test
  void breakGlassPastRotateByIsRedAndCloseToItAmber() {
    Facts f = new Facts();
    assertThat(f.line(Check.BREAK_GLASS).status()).isEqualTo(Status.GREEN);
    f.credentials.set(
        0,
        new ReadinessFacts.Credential(
            "payments-db-breakglass", true, Optional.of(LocalDate.parse("2026-03-20"))));
    assertThat(f.line(Check.BREAK_GLASS).status()).isEqualTo(Status.AMBER);
    f.credentials.set(
        0,
        new ReadinessFacts.Credential(
            "payments-db-breakglass", true, Optional.of(LocalDate.parse("2026-03-10"))));
    ReadinessLine line = f.line(Check.BREAK_GLASS);
    assertThat(line.status()).isEqualTo(Status.RED);
    assertThat(line.evidence()).isEqualTo("payments-db-breakglass: past rotate-by 2026-03-10");
    f.credentials.clear();
    assertThat(f.line(Check.BREAK_GLASS).status()).isEqualTo(Status.RED);
  }

  @Test
  void aDrillKindNeverPlayedOrTooLongAgoIsAmber() {
    Facts f = new Facts();
    assertThat(f.line(Check.DRILLS).status()).isEqualTo(Status.GREEN);
    f.drills.removeIf(d -> d.kind().filter(ScenarioKind.ISOLATE::equals).isPresent());
    ReadinessLine line = f.line(Check.DRILLS);
    assertThat(line.status()).isEqualTo(Status.AMBER);
    assertThat(line.evidence()).contains("isolate a compromised host: never");
    assertThat(line.fix()).isEqualTo("run a drill: isolate a compromised host");
  }

  @Test
  void scenarioKindsComeFromTheScenarioNameOrAPulledPlug() {
    assertThat(ScenarioKind.of("restore-from-backup", "Restore", false))
        .contains(ScenarioKind.RESTORE);
    assertThat(ScenarioKind.of("compromised-server", "A host is owned", false))
        .contains(ScenarioKind.ISOLATE);
    assertThat(ScenarioKind.of("internet-lost-mid-incident", "", false))
        .contains(ScenarioKind.LOSS_OF_COMMS);
    assertThat(ScenarioKind.of("bad-deploy", "Bad deploy", true))
        .contains(ScenarioKind.LOSS_OF_COMMS);
    assertThat(ScenarioKind.of("bad-deploy", "Bad deploy", false)).isEmpty();
  }

  @Test
  void overdueActionsAreAmberThenRedAfterAMonth() {
    Facts f = new Facts();
    f.actions.add(
        new ReadinessFacts.OpenAction(
            "a1", "INC-1", "Add replica lag alert", Optional.of(LocalDate.parse("2026-03-20"))));
    assertThat(f.line(Check.ACTIONS).status()).isEqualTo(Status.GREEN);
    f.actions.add(
        new ReadinessFacts.OpenAction(
            "a2", "INC-1", "Test PITR", Optional.of(LocalDate.parse("2026-03-01"))));
    assertThat(f.line(Check.ACTIONS).status()).isEqualTo(Status.AMBER);
    assertThat(f.line(Check.ACTIONS).evidence()).isEqualTo("1 overdue: “Test PITR” due 2026-03-01");
    f.now = Instant.parse("2026-04-05T09:00:00Z");
    assertThat(f.line(Check.ACTIONS).status()).isEqualTo(Status.RED);
  }
}
