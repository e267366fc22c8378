package org.sitrep.model.comms;

import static org.sitrep.model.store.schema.Tables.COMMS_UPDATE;
import static org.sitrep.model.store.schema.Tables.LOG_ENTRY;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.write.CommsOperation;

/** The {@code comms_update} records beside the comms.update.* log entries. */
public final class SentUpdateRepository {

  /** The entity the record travels under in the sync outbox: an append-only record. */
  public static final String ENTITY = "comms_update";

  private SentUpdateRepository() {}

  /** Writes the record of {@code entry}, just appended, and records it for sync. */
  static void insert(WriteTx tx, LogEntry entry, SentUpdate u) {
    tx.apply(entry.hlc(), new CommsOperation.RecordUpdate(entry, u));
  }

  /** The incident's updates, oldest first (by the order of their log entries). */
  public static List<SentUpdate> forIncident(DSLContext dsl, String incidentId) {
    return select(dsl)
        .where(COMMS_UPDATE.INCIDENT_ID.eq(incidentId))
        .orderBy(LOG_ENTRY.HLC, LOG_ENTRY.ROW_NO)
        .fetch(SentUpdateRepository::map);
  }

  /** Every update to {@code audience} sent since {@code sinceMs}, oldest first. */
  public static List<SentUpdate> since(DSLContext dsl, Audience audience, long sinceMs) {
    return select(dsl)
        .where(COMMS_UPDATE.AUDIENCE.eq(audience.name()))
        .and(COMMS_UPDATE.SENT_MS.ge(sinceMs))
        .orderBy(COMMS_UPDATE.SENT_MS, LOG_ENTRY.HLC)
        .fetch(SentUpdateRepository::map);
  }

  // Typed columns: read through plain SQL, SQLite's INTEGER came back cut to 32 bits.
  private static org.jooq.SelectOnConditionStep<Record> select(DSLContext dsl) {
    return dsl.select(COMMS_UPDATE.fields())
        .select(LOG_ENTRY.TEXT, LOG_ENTRY.AUTHOR)
        .from(COMMS_UPDATE)
        .join(LOG_ENTRY)
        .on(LOG_ENTRY.ID.eq(COMMS_UPDATE.ENTRY_ID));
  }

  private static SentUpdate map(Record r) {
    Long next = r.get(COMMS_UPDATE.NEXT_UPDATE_MS);
    String overridden = r.get(COMMS_UPDATE.OVERRIDDEN);
    return new SentUpdate(
        r.get(COMMS_UPDATE.ENTRY_ID),
        r.get(COMMS_UPDATE.INCIDENT_ID),
        Audience.valueOf(r.get(COMMS_UPDATE.AUDIENCE)),
        UpdatePhase.valueOf(r.get(COMMS_UPDATE.PHASE)),
        r.get(COMMS_UPDATE.TEMPLATE_ID),
        r.get(COMMS_UPDATE.TEMPLATE_VERSION).intValue(),
        Instant.ofEpochMilli(r.get(COMMS_UPDATE.SENT_MS)),
        next == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(next)),
        overridden.isEmpty() ? List.of() : Arrays.asList(overridden.split(",")),
        r.get(LOG_ENTRY.TEXT),
        r.get(LOG_ENTRY.AUTHOR));
  }
}
