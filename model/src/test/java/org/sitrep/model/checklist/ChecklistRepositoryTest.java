package org.sitrep.model.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.runbook.NewRunbookVersion;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.write.ChecklistOperation;

class ChecklistRepositoryTest {

  @TempDir Path dir;

  @Test
  void aRunKeepsItsVariablesAndStepStatesAcrossReopening() {
    String incident;
    try (Workspace ws = TestWorkspace.open(dir)) {
      incident =
          new IncidentService(ws)
              .declare(
                  new NewIncident("Disk full", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      ws.write(
          tx ->
              RunbookRepository.store(
                  tx,
                  new NewRunbookVersion(
                      "db-out-of-disk",
                      "Database node out of disk",
                      "",
                      List.of(),
                      List.of(),
                      Optional.of(LocalDate.parse("2026-10-01")),
                      "db-out-of-disk.md",
                      "source",
                      "steps"),
                  "Alex Rivera"));
      ws.write(
          tx -> {
            tx.apply(
                new ChecklistOperation.Start(
                    new ChecklistRun(
                        "run-1",
                        incident,
                        "db-out-of-disk",
                        1,
                        Instant.parse("2026-11-21T10:00:00Z"),
                        "Alex Rivera",
                        Map.of("host", "db-1"))));
            tx.apply(
                new ChecklistOperation.SaveStep(
                    new StepState(
                        "run-1",
                        "assess/1",
                        StepStatus.DONE,
                        Optional.empty(),
                        Optional.of("Dana"),
                        Instant.parse("2026-11-21T10:01:00Z"),
                        "Alex Rivera")));
            tx.apply(
                new ChecklistOperation.SaveStep(
                    new StepState(
                        "run-1",
                        "assess/2",
                        StepStatus.SKIPPED,
                        Optional.of("no replica"),
                        Optional.empty(),
                        Instant.parse("2026-11-21T10:02:00Z"),
                        "Alex Rivera")));
            tx.apply(new ChecklistOperation.SetVariable("run-1", "host", "db-3"));
            return null;
          });
    }
    try (Workspace ws = TestWorkspace.open(dir)) {
      List<ChecklistRun> runs = ws.read(dsl -> ChecklistRepository.runsOf(dsl, incident));
      assertThat(runs)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.versionNo()).isEqualTo(1);
                assertThat(r.variables()).containsEntry("host", "db-3");
              });
      Map<String, StepState> steps = ws.read(dsl -> ChecklistRepository.steps(dsl, "run-1"));
      assertThat(steps.get("assess/1").status()).isEqualTo(StepStatus.DONE);
      assertThat(steps.get("assess/1").assignee()).contains("Dana");
      assertThat(steps.get("assess/2").reason()).contains("no replica");
    }
  }
}
