package org.sitrep.model.write;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sitrep.model.checklist.ChecklistRun;
import org.sitrep.model.checklist.StepState;

/** Working through a runbook's checklist on an incident. */
public sealed interface ChecklistOperation extends Operation {

  /** A run of one runbook version, pinned, on an incident. */
  record Start(ChecklistRun run) implements ChecklistOperation {
    @Override
    public String entity() {
      return "checklist_run";
    }

    @Override
    public String entityId() {
      return run.id();
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(
          new FieldWrite(
              "started",
              Map.of(
                  "incident", run.incidentId(),
                  "runbook", run.runbookId(),
                  "version", run.versionNo(),
                  "started_ms", run.startedAt().toEpochMilli(),
                  "by", run.startedBy())));
    }
  }

  /** A runbook variable filled in (already masked: it is stored and synced as given). */
  record SetVariable(String runId, String name, String value) implements ChecklistOperation {
    @Override
    public String entity() {
      return "checklist_run";
    }

    @Override
    public String entityId() {
      return runId;
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(new FieldWrite("variable." + name, value));
    }
  }

  /** A step checked, unchecked, skipped (why) or assigned: its whole state, by whom. */
  record SaveStep(StepState step) implements ChecklistOperation {
    @Override
    public String entity() {
      return "checklist_step";
    }

    @Override
    public String entityId() {
      return step.runId() + "/" + step.stepKey();
    }

    @Override
    public List<FieldWrite> writes() {
      return Arrays.asList(
          new FieldWrite("state", step.status().name()),
          new FieldWrite("reason", step.reason().orElse(null)),
          new FieldWrite("assignee", step.assignee().orElse(null)),
          new FieldWrite("by", step.updatedBy()));
    }
  }
}
