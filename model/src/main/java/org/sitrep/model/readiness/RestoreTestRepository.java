package org.sitrep.model.readiness;

import static org.sitrep.model.store.schema.Tables.RESTORE_TEST;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.RestoreTestRecord;
import org.sitrep.model.write.ReadinessOperation;

/** Restore tests in the store, synced field by field like the other team records. */
public final class RestoreTestRepository {

  static final String ENTITY = "restore_test";

  private RestoreTestRepository() {}

  public static List<RestoreTest> of(DSLContext dsl, String service) {
    return dsl.selectFrom(RESTORE_TEST)
        .where(RESTORE_TEST.SERVICE.eq(service))
        .orderBy(RESTORE_TEST.STARTED_MS, RESTORE_TEST.ID)
        .fetch(RestoreTestRepository::toTest);
  }

  public static List<RestoreTest> all(DSLContext dsl) {
    return dsl.selectFrom(RESTORE_TEST)
        .orderBy(RESTORE_TEST.STARTED_MS, RESTORE_TEST.ID)
        .fetch(RestoreTestRepository::toTest);
  }

  /** The test with id {@code id}, or the one whose id starts so (as {@code list} shows it). */
  public static RestoreTest get(DSLContext dsl, String id) {
    List<RestoreTest> found =
        dsl.selectFrom(RESTORE_TEST)
            .where(RESTORE_TEST.ID.eq(id).or(RESTORE_TEST.ID.startsWith(id)))
            .limit(2)
            .fetch(RestoreTestRepository::toTest);
    if (found.isEmpty() || id.isBlank()) {
      throw new NotFoundException("no restore test " + id);
    }
    if (found.size() > 1 && !found.get(0).id().equals(id)) {
      throw new org.sitrep.model.ChangeRefusedException(
          "'" + id + "' starts more than one restore test's id: give more of it");
    }
    return found.get(0);
  }

  /** Inserts or updates {@code t}, recording the fields that changed. */
  public static void save(WriteTx tx, RestoreTest t) {
    DSLContext dsl = tx.dsl();
    Optional<RestoreTestRecord> existing =
        dsl.selectFrom(RESTORE_TEST).where(RESTORE_TEST.ID.eq(t.id())).fetchOptional();
    Map<String, Object> before = existing.map(r -> fields(toTest(r))).orElse(Map.of());
    Map<String, Object> after = fields(t);
    if (before.equals(after)) {
      return;
    }
    tx.apply(new ReadinessOperation.SaveRestoreTest(t.id(), after, before));
  }

  private static Map<String, Object> fields(RestoreTest t) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("service", t.service());
    f.put("kind", t.kind().name());
    f.put("incident", t.incidentId().orElse(null));
    f.put("checklist_run", t.checklistRunId().orElse(null));
    f.put("runbook", t.runbookId());
    f.put("runbook_version", (long) t.runbookVersion());
    f.put("started_by", t.startedBy());
    f.put("started_ms", t.startedAt().toEpochMilli());
    f.put("test_host", t.testHost().orElse(null));
    f.put("backup_point_ms", t.backupPoint().map(Instant::toEpochMilli).orElse(null));
    f.put("verified_ms", t.verifiedAt().map(Instant::toEpochMilli).orElse(null));
    f.put("result", t.result().name());
    f.put("notes", t.notes());
    return f;
  }

  private static RestoreTest toTest(RestoreTestRecord r) {
    return new RestoreTest(
        r.getId(),
        r.getService(),
        RestoreTest.Kind.valueOf(r.getKind()),
        Optional.ofNullable(r.getIncidentId()),
        Optional.ofNullable(r.getChecklistRunId()),
        r.getRunbookId(),
        r.getRunbookVersion().intValue(),
        r.getStartedBy(),
        Instant.ofEpochMilli(r.getStartedMs()),
        Optional.ofNullable(r.getTestHost()),
        Optional.ofNullable(r.getBackupPointMs()).map(Instant::ofEpochMilli),
        Optional.ofNullable(r.getVerifiedMs()).map(Instant::ofEpochMilli),
        RestoreTest.Result.valueOf(r.getResult()),
        r.getNotes());
  }
}
