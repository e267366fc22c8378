package org.sitrep.model.drill;

import static org.sitrep.model.store.schema.Tables.DRILL;
import static org.sitrep.model.store.schema.Tables.DRILL_CLOCK;
import static org.sitrep.model.store.schema.Tables.DRILL_INJECT;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.store.schema.tables.records.DrillInjectRecord;
import org.sitrep.model.store.schema.tables.records.DrillRecord;

/**
 * Drills with their clock segments and inject states. Reads go through the generated tables: the
 * millisecond and clock columns are 64-bit. Writes happen through {@link DrillService}.
 */
public final class DrillRepository {

  private DrillRepository() {}

  public static Optional<Drill> find(DSLContext dsl, String incidentId) {
    DrillRecord row = dsl.selectFrom(DRILL).where(DRILL.INCIDENT_ID.eq(incidentId)).fetchOne();
    return row == null ? Optional.empty() : Optional.of(toDrill(dsl, row));
  }

  /** Every drill of a scenario, oldest first: the earlier runs a scorecard compares with. */
  public static List<Drill> ofScenario(DSLContext dsl, String scenarioId) {
    return dsl.selectFrom(DRILL)
        .where(DRILL.SCENARIO_ID.eq(scenarioId))
        .orderBy(DRILL.STARTED_MS.asc(), DRILL.INCIDENT_ID.asc())
        .fetch()
        .map(r -> toDrill(dsl, r));
  }

  /** The incident ids of the drills that have not ended. */
  public static List<String> running(DSLContext dsl) {
    return dsl.select(DRILL.INCIDENT_ID)
        .from(DRILL)
        .where(DRILL.ENDED_MS.isNull())
        .orderBy(DRILL.STARTED_MS.asc())
        .fetch(DRILL.INCIDENT_ID);
  }

  /** True when any drill that has not ended has its plug pulled. */
  public static boolean anyOffline(DSLContext dsl) {
    return dsl.fetchExists(
        dsl.selectOne().from(DRILL).where(DRILL.OFFLINE.eq(1L)).and(DRILL.ENDED_MS.isNull()));
  }

  private static Drill toDrill(DSLContext dsl, DrillRecord r) {
    List<ClockSegment> segments =
        dsl.selectFrom(DRILL_CLOCK)
            .where(DRILL_CLOCK.INCIDENT_ID.eq(r.getIncidentId()))
            .orderBy(DRILL_CLOCK.SEQ.asc())
            .fetch()
            .map(
                c ->
                    new ClockSegment(
                        c.getWallMs(),
                        c.getDrillMs(),
                        c.getSpeed().intValue(),
                        c.getPaused() == 1L));
    Map<String, InjectState> injects = new LinkedHashMap<>();
    for (DrillInjectRecord i :
        dsl.selectFrom(DRILL_INJECT)
            .where(DRILL_INJECT.INCIDENT_ID.eq(r.getIncidentId()))
            .fetch()) {
      injects.put(i.getInjectId(), toInject(i));
    }
    return new Drill(
        r.getIncidentId(),
        r.getScenarioId(),
        r.getScenarioTitle(),
        r.getScenarioSource(),
        r.getFacilitator(),
        Instant.ofEpochMilli(r.getStartedMs()),
        Optional.ofNullable(r.getEndedMs()).map(Instant::ofEpochMilli),
        r.getOffline() == 1L,
        new DrillClock(segments),
        injects);
  }

  private static InjectState toInject(DrillInjectRecord i) {
    return new InjectState(
        i.getInjectId(),
        InjectStatus.valueOf(i.getState()),
        Duration.ofMillis(i.getDelayMs()),
        Optional.ofNullable(i.getReleasedMs()).map(Instant::ofEpochMilli),
        Optional.ofNullable(i.getReleasedDrillMs()).map(Duration::ofMillis),
        Optional.ofNullable(i.getEntryId()),
        Optional.ofNullable(i.getAcknowledgedMs()).map(Instant::ofEpochMilli));
  }
}
