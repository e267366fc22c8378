package org.sitrep.runbooks.checklist;

import org.sitrep.model.NotFoundException;
import org.sitrep.model.checklist.ChecklistRepository;
import org.sitrep.model.checklist.ChecklistRun;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.runbook.RunbookVersion;
import org.sitrep.model.store.WriteTx;
import org.sitrep.runbooks.format.Runbook;
import org.sitrep.runbooks.format.Step;

/**
 * How {@link ChecklistService} reads a run back (the pinned version parsed again, with its step
 * states and notes) and words its log entries: "Title (v2): Done: “step”".
 */
final class Checklists {

  private Checklists() {}

  static LogEntry log(WriteTx tx, Checklist c, EventCode event, String what, String author) {
    String text = c.runbook().title() + " (v" + c.run().versionNo() + "): " + what;
    return LogRepository.append(tx, new Draft(c.run().incidentId(), event, text, author));
  }

  static Step step(Checklist c, String stepKey) {
    return c.runbook().steps().stream()
        .filter(s -> s.key().equals(stepKey))
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "runbook "
                        + c.run().runbookId()
                        + " v"
                        + c.run().versionNo()
                        + " has no step "
                        + stepKey));
  }

  static Checklist load(WriteTx tx, String runId) {
    ChecklistRun run =
        ChecklistRepository.run(tx.dsl(), runId)
            .orElseThrow(() -> new NotFoundException("no checklist run " + runId));
    return assemble(tx.dsl(), run);
  }

  static Checklist assemble(org.jooq.DSLContext dsl, ChecklistRun run) {
    RunbookVersion v =
        RunbookRepository.version(dsl, run.runbookId(), run.versionNo()).orElseThrow();
    Runbook runbook =
        org.sitrep.runbooks.library.RunbookLibrary.reparse(v.fileName(), v.source())
            .runbook()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "stored runbook "
                            + v.runbookId()
                            + " v"
                            + v.versionNo()
                            + " no longer parses"));
    return new Checklist(
        run,
        runbook,
        ChecklistRepository.steps(dsl, run.id()),
        ChecklistRepository.notes(dsl, run.id()));
  }
}
