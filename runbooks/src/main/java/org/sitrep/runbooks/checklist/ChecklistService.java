package org.sitrep.runbooks.checklist;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.checklist.ChecklistRepository;
import org.sitrep.model.checklist.ChecklistRun;
import org.sitrep.model.checklist.StepState;
import org.sitrep.model.checklist.StepStatus;
import org.sitrep.model.incident.EntryText;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.runbook.RunbookVersion;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.write.ChecklistOperation;
import org.sitrep.runbooks.format.Step;
import org.sitrep.runbooks.format.StepKind;

/**
 * Working through runbooks during an incident. Every transition — attach, a variable filled, a step
 * checked, unchecked, skipped, annotated or assigned — is one transaction that writes the state and
 * the log entry saying who did what to which step of which runbook version.
 */
public final class ChecklistService {

  private final Workspace workspace;

  public ChecklistService(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Starts a run of the runbook's current version on the incident. */
  public Checklist attach(String incidentId, String runbookId) {
    String author = workspace.operator();
    String runId =
        workspace.write(
            tx -> {
              IncidentRepository.get(tx.dsl(), incidentId);
              RunbookVersion v =
                  RunbookRepository.current(tx.dsl(), runbookId)
                      .orElseThrow(
                          () ->
                              new NotFoundException("no runbook " + runbookId + " in the library"));
              ChecklistRun run =
                  new ChecklistRun(
                      UUID.randomUUID().toString(),
                      incidentId,
                      runbookId,
                      v.versionNo(),
                      tx.wallTime(),
                      author,
                      Map.of());
              tx.apply(new ChecklistOperation.Start(run));
              LogRepository.append(
                  tx,
                  new Draft(
                      incidentId,
                      EventCode.CHECKLIST_ATTACHED,
                      "Started checklist “"
                          + v.title()
                          + "” ("
                          + runbookId
                          + " v"
                          + v.versionNo()
                          + ")",
                      author));
              return run.id();
            });
    return checklist(runId);
  }

  public LogEntry setVariable(String runId, String name, String value) {
    String author = workspace.operator();
    // Stored in the run and the outbox, not only in the log entry: masked like any entry text.
    String filled = workspace.redactor().redact(EntryText.person(value));
    return workspace.write(
        tx -> {
          Checklist c = Checklists.load(tx, runId);
          if (c.runbook().variables().stream().noneMatch(v -> v.name().equals(name))) {
            throw new ChangeRefusedException(
                "runbook " + c.run().runbookId() + " has no variable " + name);
          }
          tx.apply(new ChecklistOperation.SetVariable(runId, name, filled));
          return Checklists.log(
              tx, c, EventCode.CHECKLIST_VARIABLE_SET, name + " = " + filled, author);
        });
  }

  public LogEntry check(String runId, String stepKey) {
    return transition(runId, stepKey, StepStatus.DONE, Optional.empty());
  }

  public LogEntry uncheck(String runId, String stepKey) {
    return transition(runId, stepKey, StepStatus.OPEN, Optional.empty());
  }

  /** Skips a step; a reason is required unless the runbook marks the step optional. */
  public LogEntry skip(String runId, String stepKey, String reason) {
    return transition(
        runId,
        stepKey,
        StepStatus.SKIPPED,
        Optional.ofNullable(reason)
            .map(String::strip)
            .filter(r -> !r.isEmpty())
            .map(workspace.redactor()::redact));
  }

  public LogEntry annotate(String runId, String stepKey, String text) {
    String author = workspace.operator();
    String note = EntryText.entry(text);
    return workspace.write(
        tx -> {
          Checklist c = Checklists.load(tx, runId);
          Step step = Checklists.step(c, stepKey);
          LogEntry entry =
              Checklists.log(
                  tx,
                  c,
                  EventCode.CHECKLIST_STEP_ANNOTATED,
                  "Note on “" + c.stepText(step) + "”: " + note,
                  author);
          ChecklistRepository.addNote(tx.dsl(), runId, stepKey, entry.id());
          return entry;
        });
  }

  public LogEntry assign(String runId, String stepKey, String person) {
    String author = workspace.operator();
    String name = EntryText.person(person);
    return workspace.write(
        tx -> {
          Checklist c = Checklists.load(tx, runId);
          Step step = Checklists.step(c, stepKey);
          StepState old = c.state(step).orElse(null);
          save(
              tx,
              c,
              step,
              old == null ? StepStatus.OPEN : old.status(),
              old == null ? Optional.empty() : old.reason(),
              Optional.of(name),
              author);
          return Checklists.log(
              tx,
              c,
              EventCode.CHECKLIST_STEP_ASSIGNED,
              "“" + c.stepText(step) + "” assigned to " + name,
              author);
        });
  }

  /** Every runbook's id and title: how a step's {@code [[id]]} link is named. */
  public Map<String, String> runbookTitles() {
    return workspace.read(RunbookRepository::titles);
  }

  public Checklist checklist(String runId) {
    return workspace.read(
        dsl -> {
          ChecklistRun run =
              ChecklistRepository.run(dsl, runId)
                  .orElseThrow(() -> new NotFoundException("no checklist run " + runId));
          return Checklists.assemble(dsl, run);
        });
  }

  /** The incident's checklists, in the order they were started: what a restarted app resumes. */
  public List<Checklist> checklistsOf(String incidentId) {
    return workspace.read(
        dsl ->
            ChecklistRepository.runsOf(dsl, incidentId).stream()
                .map(run -> Checklists.assemble(dsl, run))
                .toList());
  }

  private LogEntry transition(
      String runId, String stepKey, StepStatus to, Optional<String> reason) {
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          Checklist c = Checklists.load(tx, runId);
          Step step = Checklists.step(c, stepKey);
          StepStatus from = c.status(step);
          if (from == to) {
            throw new ChangeRefusedException(
                "“"
                    + c.stepText(step)
                    + "” is already "
                    + to.name().toLowerCase(java.util.Locale.ROOT));
          }
          if (to == StepStatus.SKIPPED && reason.isEmpty() && step.kind() != StepKind.OPTIONAL) {
            throw new ChangeRefusedException(
                "say why “"
                    + c.stepText(step)
                    + "” is skipped: only optional steps may be skipped without a reason");
          }
          save(
              tx,
              c,
              step,
              to,
              to == StepStatus.SKIPPED ? reason : Optional.empty(),
              c.state(step).flatMap(StepState::assignee),
              author);
          switch (to) {
            case DONE:
              return Checklists.log(
                  tx, c, EventCode.CHECKLIST_STEP_DONE, "Done: “" + c.stepText(step) + "”", author);
            case SKIPPED:
              return Checklists.log(
                  tx,
                  c,
                  EventCode.CHECKLIST_STEP_SKIPPED,
                  "Skipped: “"
                      + c.stepText(step)
                      + "”"
                      + reason.map(r -> " — " + r).orElse(" (optional)"),
                  author);
            default:
              return Checklists.log(
                  tx,
                  c,
                  EventCode.CHECKLIST_STEP_REOPENED,
                  "Re-opened: “"
                      + c.stepText(step)
                      + "” (was "
                      + from.name().toLowerCase(java.util.Locale.ROOT)
                      + ")",
                  author);
          }
        });
  }

  private void save(
      WriteTx tx,
      Checklist c,
      Step step,
      StepStatus status,
      Optional<String> reason,
      Optional<String> assignee,
      String author) {
    StepState state =
        new StepState(c.run().id(), step.key(), status, reason, assignee, tx.wallTime(), author);
    tx.apply(new ChecklistOperation.SaveStep(state));
  }
}
