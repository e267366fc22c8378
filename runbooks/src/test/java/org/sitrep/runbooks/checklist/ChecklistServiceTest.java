package org.sitrep.runbooks.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.checklist.StepStatus;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.format.Step;
import org.sitrep.runbooks.format.StepKind;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.runbooks.library.SourceFile;

class ChecklistServiceTest {

  @TempDir Path dir;

  @Test
  void everyTransitionIsLoggedAndTheRunResumesAfterReopening() {
    String incident;
    String runId;
    Step first;
    Step second;
    try (Workspace ws = TestWorkspace.open(dir)) {
      new RunbookLibrary(ws).seedIfEmpty();
      incident =
          new IncidentService(ws)
              .declare(
                  new NewIncident(
                      "pg-2 out of disk", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      ChecklistService checklists = new ChecklistService(ws);
      Checklist c = checklists.attach(incident, "db-out-of-disk");
      runId = c.run().id();
      first = c.runbook().steps().get(0);
      second = c.runbook().steps().get(1);
      String variable = c.runbook().variables().get(0).name();

      checklists.setVariable(runId, variable, "pg-2.example.com");
      checklists.check(runId, first.key());
      assertThatThrownBy(() -> checklists.skip(runId, second.key(), "  "))
          .hasMessageContaining("say why");
      checklists.skip(runId, second.key(), "replica already promoted");
      checklists.annotate(runId, first.key(), "97% on /var/lib/postgresql");
      checklists.assign(runId, second.key(), "Dana Okafor");
      assertThatThrownBy(() -> checklists.check(runId, first.key()))
          .hasMessageContaining("already done");
      assertThat(
              checklists
                  .checklist(runId)
                  .command(
                      c.runbook().steps().stream()
                          .filter(
                              s ->
                                  s.command()
                                      .map(cmd -> cmd.text().contains("{{" + variable + "}}"))
                                      .orElse(false))
                          .findFirst()
                          .orElseThrow()))
          .hasValueSatisfying(
              cmd -> assertThat(cmd).contains("pg-2.example.com").doesNotContain("{{"));
    }

    try (Workspace ws = TestWorkspace.open(dir)) {
      Checklist resumed = new ChecklistService(ws).checklistsOf(incident).get(0);
      assertThat(resumed.status(first)).isEqualTo(StepStatus.DONE);
      assertThat(resumed.status(second)).isEqualTo(StepStatus.SKIPPED);
      assertThat(resumed.state(second).orElseThrow().reason()).contains("replica already promoted");
      assertThat(resumed.state(second).orElseThrow().assignee()).contains("Dana Okafor");
      assertThat(resumed.notesOf(first))
          .singleElement()
          .asString()
          .contains("97% on /var/lib/postgresql");
      assertThat(resumed.progress().done()).isEqualTo(1);
      assertThat(resumed.progress().skipped()).isEqualTo(1);
      assertThat(resumed.nextStep())
          .hasValueSatisfying(s -> assertThat(s.key()).isNotIn(first.key(), second.key()));

      List<LogEntry> log = ws.read(dsl -> LogRepository.timeline(dsl, incident));
      assertThat(log)
          .filteredOn(e -> e.kind() == EntryKind.CHECKLIST)
          .extracting(LogEntry::event)
          .containsExactly(
              EventCode.CHECKLIST_ATTACHED,
              EventCode.CHECKLIST_VARIABLE_SET,
              EventCode.CHECKLIST_STEP_DONE,
              EventCode.CHECKLIST_STEP_SKIPPED,
              EventCode.CHECKLIST_STEP_ANNOTATED,
              EventCode.CHECKLIST_STEP_ASSIGNED);
      assertThat(log)
          .filteredOn(e -> e.event() == EventCode.CHECKLIST_STEP_SKIPPED)
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.text())
                      .contains("(v1)")
                      .contains(second.text())
                      .contains("replica already promoted"));
    }
  }

  @Test
  void theLogQuotesStepsWithTheirVariablesFilledIn() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      new RunbookLibrary(ws)
          .importFiles(
              List.of(
                  new SourceFile(
                      "deploy-rollback.md",
                      """
                      ---
                      id: deploy-rollback
                      title: Roll back a bad deploy
                      version: 1
                      owner: platform-team
                      reviewed: 2026-11-20
                      variables:
                        - name: deployment
                          description: The deployment that went bad
                        - name: region
                          description: Where it runs
                      ---

                      # Roll back a bad deploy

                      ## Roll back

                      - [ ] Roll back {{deployment}} in {{region}}
                      - [ ] Note why {{deployment}} went bad (optional)
                      """,
                      "")),
              "test");
      String incident =
          new IncidentService(ws)
              .declare(
                  new NewIncident("checkout 500s", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      ChecklistService checklists = new ChecklistService(ws);
      Checklist c = checklists.attach(incident, "deploy-rollback");
      String runId = c.run().id();
      Step rollBack = c.runbook().steps().get(0);
      Step why = c.runbook().steps().get(1);

      checklists.setVariable(runId, "deployment", "checkout");
      // {{region}} has no value and no default: it stays visible, the filled one does not.
      assertThat(checklists.checklist(runId).stepText(rollBack))
          .isEqualTo("Roll back checkout in {{region}}");
      checklists.check(runId, rollBack.key());
      checklists.skip(runId, why.key(), "");

      List<LogEntry> log = ws.read(dsl -> LogRepository.timeline(dsl, incident));
      assertThat(log)
          .extracting(LogEntry::text)
          .contains(
              "Roll back a bad deploy (v1): Done: “Roll back checkout in {{region}}”",
              "Roll back a bad deploy (v1): Skipped: “Note why checkout went bad” (optional)");
    }
  }

  @Test
  void optionalStepsMaySkipWithoutAReason() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      new RunbookLibrary(ws).seedIfEmpty();
      String incident =
          new IncidentService(ws)
              .declare(new NewIncident("x", Severity.SEV3, IncidentKind.REAL, List.of(), ""))
              .id();
      ChecklistService checklists = new ChecklistService(ws);
      Checklist c = checklists.attach(incident, "db-out-of-disk");
      Step optional =
          c.runbook().steps().stream()
              .filter(s -> s.kind() == StepKind.OPTIONAL)
              .findFirst()
              .orElseThrow();

      assertThat(checklists.skip(c.run().id(), optional.key(), null).text()).contains("(optional)");
    }
  }
}
