package org.sitrep.app.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.app.runbook.ChecklistViewModel.Row;
import org.sitrep.model.checklist.StepStatus;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.runbook.RunbookHit;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.checklist.ChecklistService;
import org.sitrep.runbooks.format.StepKind;
import org.sitrep.runbooks.library.RunbookLibrary;

class ChecklistViewModelTest {

  @TempDir Path dir;

  @Test
  void pickerSearchesTheLibraryAndMarksStaleRunbooks() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      new RunbookLibrary(ws).seedIfEmpty();
      List<Throwable> errors = new ArrayList<>();
      RunbookPickerViewModel picker =
          new RunbookPickerViewModel(
              new org.sitrep.runbooks.library.RunbookLibrary(ws),
              ws.wallClock(),
              Tasks.sameThread(),
              errors::add);
      picker.search();
      assertThat(picker.hits()).hasSizeGreaterThan(5);
      assertThat(picker.summary().get()).contains("by title");

      picker.words().set("disk");
      RunbookHit first = picker.hits().get(0);
      assertThat(first.runbook().runbookId()).isEqualTo("db-out-of-disk");
      assertThat(first.title()).anyMatch(f -> f.matched() && f.text().equalsIgnoreCase("disk"));
      assertThat(picker.isStale(first.runbook()))
          .isEqualTo(
              first
                  .runbook()
                  .isStale(
                      java.time.LocalDate.now(java.time.ZoneOffset.UTC),
                      RunbookPickerViewModel.STALE_AFTER_DAYS));

      // A snippet's [[id]] links read as the linked runbooks' names; a match inside stays marked.
      List<org.sitrep.model.log.SearchHit.Fragment> named =
          picker.namedSnippet(
              List.of(
                  new org.sitrep.model.log.SearchHit.Fragment("fail over with [[", false),
                  new org.sitrep.model.log.SearchHit.Fragment("failover", true),
                  new org.sitrep.model.log.SearchHit.Fragment(
                      "-to-secondary]] or [[gone]]", false)));
      assertThat(named)
          .containsExactly(
              new org.sitrep.model.log.SearchHit.Fragment("fail over with ", false),
              new org.sitrep.model.log.SearchHit.Fragment(
                  "Fail over to the secondary database", true),
              new org.sitrep.model.log.SearchHit.Fragment(" or gone", false));

      picker.words().set("zzzqqq");
      assertThat(picker.hits()).isEmpty();
      assertThat(picker.summary().get()).isEqualTo("No runbook matches.");
      assertThat(errors).isEmpty();
    }
  }

  @Test
  void attachWorkThroughStepsAndResumeFromTheStore() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      new RunbookLibrary(ws).seedIfEmpty();
      String incident =
          new IncidentService(ws)
              .declare(
                  new NewIncident(
                      "pg-2 out of disk", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      ChecklistService service = new ChecklistService(ws);
      List<Throwable> errors = new ArrayList<>();
      int[] changes = {0};
      ChecklistViewModel model =
          new ChecklistViewModel(service, Tasks.sameThread(), errors::add, () -> changes[0]++);

      model.load(incident, () -> {});
      assertThat(model.runs()).isEmpty();
      assertThat(model.rows()).isEmpty();

      model.attach("db-out-of-disk", started -> {});
      assertThat(model.runs()).hasSize(1);
      assertThat(model.current().get().run().runbookId()).isEqualTo("db-out-of-disk");
      assertThat(model.rows().get(0).isHeading()).isTrue();
      assertThat(model.rows().get(0).section().heading()).isEqualTo("Assess");
      int total = model.current().get().runbook().steps().size();
      assertThat(model.progress().get()).isEqualTo("0 of " + total + " done");
      assertThat(model.nextRow()).isEqualTo(1);
      Row first = model.rows().get(1);
      assertThat(first.isNext()).isTrue();
      assertThat(first.command()).get().asString().contains("ssh db-1.example.com");

      model.setVariable("host", "pg-2.internal", () -> {});
      assertThat(model.rows().get(1).command()).get().asString().contains("ssh pg-2.internal");
      assertThat(model.value("host")).isEqualTo("pg-2.internal");

      model.toggle(model.rows().get(1), () -> {});
      assertThat(model.rows().get(1).status()).isEqualTo(StepStatus.DONE);
      assertThat(model.nextRow()).isEqualTo(2);

      // A required step without a reason is refused in place; nothing changes.
      boolean[] closed = {false};
      model.skip(model.rows().get(2), "  ", () -> closed[0] = true);
      assertThat(closed[0]).isFalse();
      assertThat(model.problem().get()).contains("say why");
      assertThat(model.rows().get(2).status()).isEqualTo(StepStatus.OPEN);

      model.skip(model.rows().get(2), "journal already checked by on-call", () -> closed[0] = true);
      assertThat(closed[0]).isTrue();
      assertThat(model.problem().get()).isEmpty();
      assertThat(model.rows().get(2).status()).isEqualTo(StepStatus.SKIPPED);
      assertThat(model.progress().get()).isEqualTo("1 of " + total + " done, 1 skipped");

      model.annotate(model.rows().get(3), "base/ is 80% of it", () -> {});
      assertThat(model.rows().get(3).notes()).containsExactly("base/ is 80% of it");
      model.assign(model.rows().get(3), "Dana Okafor", () -> {});
      assertThat(model.rows().get(3).checklist().state(model.rows().get(3).step()))
          .get()
          .extracting(s -> s.assignee().orElse(""))
          .isEqualTo("Dana Okafor");

      // An optional step may be skipped without a reason.
      int optional = -1;
      for (int i = 0; i < model.rows().size(); i++) {
        Row r = model.rows().get(i);
        if (!r.isHeading() && r.step().kind() == StepKind.OPTIONAL) {
          optional = i;
        }
      }
      model.skip(model.rows().get(optional), "", () -> {});
      assertThat(model.rows().get(optional).status()).isEqualTo(StepStatus.SKIPPED);

      // Unchecking re-opens the step and it becomes next again.
      model.toggle(model.rows().get(1), () -> {});
      assertThat(model.rows().get(1).status()).isEqualTo(StepStatus.OPEN);
      assertThat(model.nextRow()).isEqualTo(1);
      model.toggle(model.rows().get(1), () -> {});

      // A fresh view-model on the same store (a restarted app) resumes exactly there.
      ChecklistViewModel resumed =
          new ChecklistViewModel(service, Tasks.sameThread(), errors::add, () -> {});
      resumed.load(incident, () -> {});
      assertThat(resumed.runs()).hasSize(1);
      assertThat(resumed.rows().get(1).status()).isEqualTo(StepStatus.DONE);
      assertThat(resumed.rows().get(2).status()).isEqualTo(StepStatus.SKIPPED);
      assertThat(resumed.rows().get(3).notes()).containsExactly("base/ is 80% of it");
      assertThat(resumed.value("host")).isEqualTo("pg-2.internal");
      assertThat(resumed.progress().get()).isEqualTo(model.progress().get());
      assertThat(resumed.nextRow()).isEqualTo(3);

      List<EventCode> logged =
          ws.read(dsl -> LogRepository.timeline(dsl, incident)).stream()
              .map(LogEntry::event)
              .toList();
      assertThat(logged)
          .contains(
              EventCode.CHECKLIST_ATTACHED,
              EventCode.CHECKLIST_VARIABLE_SET,
              EventCode.CHECKLIST_STEP_DONE,
              EventCode.CHECKLIST_STEP_SKIPPED,
              EventCode.CHECKLIST_STEP_ANNOTATED,
              EventCode.CHECKLIST_STEP_ASSIGNED,
              EventCode.CHECKLIST_STEP_REOPENED);
      assertThat(changes[0]).isEqualTo(9); // one per logged change; the refused skip logged nothing
      assertThat(errors).isEmpty();
    }
  }

  @Test
  void noteTextDropsTheLogPrefix() {
    assertThat(
            ChecklistViewModel.noteText(
                "Database node out of disk (v1): Note on “Check which”: base is big"))
        .isEqualTo("base is big");
    assertThat(ChecklistViewModel.noteText("plain")).isEqualTo("plain");
  }
}
