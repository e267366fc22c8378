package org.sitrep.model.checklist;

import static org.sitrep.model.store.schema.Tables.CHECKLIST_NOTE;
import static org.sitrep.model.store.schema.Tables.CHECKLIST_RUN;
import static org.sitrep.model.store.schema.Tables.CHECKLIST_STEP;
import static org.sitrep.model.store.schema.Tables.LOG_ENTRY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.schema.tables.records.ChecklistRunRecord;
import tools.jackson.core.type.TypeReference;

/** Checklist runs and the state of their steps. The service writes the log entries. */
public final class ChecklistRepository {

  private static final TypeReference<LinkedHashMap<String, String>> VARIABLES =
      new TypeReference<>() {};

  private ChecklistRepository() {}

  public static Optional<ChecklistRun> run(DSLContext dsl, String runId) {
    return dsl.selectFrom(CHECKLIST_RUN)
        .where(CHECKLIST_RUN.ID.eq(runId))
        .fetchOptional(ChecklistRepository::toRun);
  }

  /** The incident's runs, in the order they were started. */
  public static List<ChecklistRun> runsOf(DSLContext dsl, String incidentId) {
    return dsl.selectFrom(CHECKLIST_RUN)
        .where(CHECKLIST_RUN.INCIDENT_ID.eq(incidentId))
        .orderBy(CHECKLIST_RUN.STARTED_MS, CHECKLIST_RUN.ID)
        .fetch(ChecklistRepository::toRun);
  }

  /** Steps that were ever touched, by key. */
  public static Map<String, StepState> steps(DSLContext dsl, String runId) {
    Map<String, StepState> out = new HashMap<>();
    dsl.selectFrom(CHECKLIST_STEP)
        .where(CHECKLIST_STEP.RUN_ID.eq(runId))
        .forEach(
            r ->
                out.put(
                    r.getStepKey(),
                    new StepState(
                        r.getRunId(),
                        r.getStepKey(),
                        StepStatus.valueOf(r.getState()),
                        Optional.ofNullable(r.getReason()),
                        Optional.ofNullable(r.getAssignee()),
                        Instant.ofEpochMilli(r.getUpdatedMs()),
                        r.getUpdatedBy())));
    return out;
  }

  public static void addNote(DSLContext dsl, String runId, String stepKey, String entryId) {
    dsl.insertInto(CHECKLIST_NOTE)
        .set(CHECKLIST_NOTE.RUN_ID, runId)
        .set(CHECKLIST_NOTE.STEP_KEY, stepKey)
        .set(CHECKLIST_NOTE.ENTRY_ID, entryId)
        .execute();
  }

  /** Notes written on the run's steps, oldest first, as (step key -> note texts). */
  public static Map<String, List<String>> notes(DSLContext dsl, String runId) {
    Map<String, List<String>> out = new HashMap<>();
    dsl.select(CHECKLIST_NOTE.STEP_KEY, LOG_ENTRY.TEXT)
        .from(CHECKLIST_NOTE)
        .join(LOG_ENTRY)
        .on(LOG_ENTRY.ID.eq(CHECKLIST_NOTE.ENTRY_ID))
        .where(CHECKLIST_NOTE.RUN_ID.eq(runId))
        .orderBy(LOG_ENTRY.HLC)
        .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
    return out;
  }

  private static ChecklistRun toRun(ChecklistRunRecord r) {
    return new ChecklistRun(
        r.getId(),
        r.getIncidentId(),
        r.getRunbookId(),
        r.getVersionNo().intValue(),
        Instant.ofEpochMilli(r.getStartedMs()),
        r.getStartedBy(),
        Json.mapper().readValue(r.getVariables(), VARIABLES));
  }
}
