package org.sitrep.model.log;

import static org.sitrep.model.store.schema.Tables.DEVICE;
import static org.sitrep.model.store.schema.Tables.INCIDENT_ROLE;
import static org.sitrep.model.store.schema.Tables.LOG_ENTRY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.incident.Role;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.LogEntryRecord;
import org.sitrep.model.write.LogOperation;

/**
 * The append-only incident log. Appends extend this device's hash chain and write the outbox
 * operation in the caller's transaction; nothing here updates or deletes an entry.
 */
public final class LogRepository {

  public static final String ENTITY = LogOperation.AppendEntry.ENTITY;

  private LogRepository() {}

  public static LogEntry append(WriteTx tx, Draft draft) {
    return appendAll(tx, List.of(draft)).get(0);
  }

  /** Appends entries in order, as one JDBC batch: the path bulk imports and drills take. */
  public static List<LogEntry> appendAll(WriteTx tx, List<Draft> drafts) {
    DSLContext dsl = tx.dsl();
    String device = tx.device().id();
    Record2<Long, String> head =
        dsl.select(LOG_ENTRY.DEVICE_SEQ, LOG_ENTRY.HASH)
            .from(LOG_ENTRY)
            .where(LOG_ENTRY.DEVICE_ID.eq(device))
            .orderBy(LOG_ENTRY.DEVICE_SEQ.desc())
            .limit(1)
            .fetchOne();
    long seq = head == null ? 0 : head.value1();
    String prev = head == null ? EntryHash.genesis(device) : head.value2();

    Map<String, Optional<Role>> rolesOf = new HashMap<>();
    List<LogEntry> written = new ArrayList<>(drafts.size());
    for (Draft draft : drafts) {
      Draft d = draft.withText(tx.redact(draft.text()));
      Optional<Role> role =
          rolesOf.computeIfAbsent(d.incidentId() + "\u0000" + d.author(), k -> roleOf(dsl, d));
      Hlc hlc = tx.tick();
      Instant wall = tx.wallTime();
      String id = UUID.randomUUID().toString();
      seq++;
      LogEntry unsigned =
          new LogEntry(
              id,
              d.incidentId(),
              hlc,
              wall,
              device,
              seq,
              d.author(),
              role,
              d.event().kind(),
              d.event(),
              d.text(),
              d.corrects(),
              prev,
              "",
              d.attachment());
      String hash = EntryHash.of(unsigned);
      LogEntry entry =
          new LogEntry(
              id,
              d.incidentId(),
              hlc,
              wall,
              device,
              seq,
              d.author(),
              role,
              d.event().kind(),
              d.event(),
              d.text(),
              d.corrects(),
              prev,
              hash,
              d.attachment());
      tx.apply(hlc, new LogOperation.AppendEntry(entry));
      written.add(entry);
      prev = hash;
    }
    dsl.update(DEVICE)
        .set(DEVICE.CHAIN_SEQ, seq)
        .set(DEVICE.CHAIN_HEAD, prev)
        .where(DEVICE.ID.eq(device))
        .execute();
    return written;
  }

  /** The incident's timeline in causal order (hybrid clock, then device). */
  public static List<LogEntry> timeline(DSLContext dsl, String incidentId) {
    return dsl.selectFrom(LOG_ENTRY)
        .where(LOG_ENTRY.INCIDENT_ID.eq(incidentId))
        .orderBy(LOG_ENTRY.HLC, LOG_ENTRY.DEVICE_ID)
        .fetch(LogRepository::toEntry);
  }

  /**
   * The timeline restricted to some events, in causal order: what a postmortem reads of an incident
   * of a hundred thousand entries without loading every note.
   */
  public static List<LogEntry> timeline(
      DSLContext dsl, String incidentId, java.util.Collection<EventCode> events) {
    return dsl.selectFrom(LOG_ENTRY)
        .where(LOG_ENTRY.INCIDENT_ID.eq(incidentId))
        .and(LOG_ENTRY.EVENT.in(events.stream().map(EventCode::code).toList()))
        .orderBy(LOG_ENTRY.HLC, LOG_ENTRY.DEVICE_ID)
        .fetch(LogRepository::toEntry);
  }

  /** Entries of the timeline written after {@code afterHlc}: what a live view appends. */
  public static List<LogEntry> timelineAfter(DSLContext dsl, String incidentId, long afterHlc) {
    return dsl.selectFrom(LOG_ENTRY)
        .where(LOG_ENTRY.INCIDENT_ID.eq(incidentId).and(LOG_ENTRY.HLC.gt(afterHlc)))
        .orderBy(LOG_ENTRY.HLC, LOG_ENTRY.DEVICE_ID)
        .fetch(LogRepository::toEntry);
  }

  public static Optional<LogEntry> find(DSLContext dsl, String entryId) {
    return dsl.selectFrom(LOG_ENTRY)
        .where(LOG_ENTRY.ID.eq(entryId))
        .fetchOptional(LogRepository::toEntry);
  }

  public static long count(DSLContext dsl, String incidentId) {
    return dsl.fetchCount(LOG_ENTRY, LOG_ENTRY.INCIDENT_ID.eq(incidentId));
  }

  /** Every device that has entries here. */
  public static List<String> devices(DSLContext dsl) {
    return dsl.selectDistinct(LOG_ENTRY.DEVICE_ID)
        .from(LOG_ENTRY)
        .orderBy(LOG_ENTRY.DEVICE_ID)
        .fetch(LOG_ENTRY.DEVICE_ID);
  }

  /** Streams one device's chain in sequence order without loading it all into memory. */
  public static void forEachInChain(DSLContext dsl, String device, Consumer<TimelineRow> visitor) {
    try (Stream<LogEntryRecord> rows =
        dsl.selectFrom(LOG_ENTRY)
            .where(LOG_ENTRY.DEVICE_ID.eq(device))
            .orderBy(LOG_ENTRY.DEVICE_SEQ)
            .fetchSize(2_000)
            .fetchStream()) {
      rows.map(TimelineRow::of).forEach(visitor);
    }
  }

  /**
   * The row as an entry. A value the app never writes in an enum column means the row was edited
   * behind the app's back: that is reported as such, naming the entry and the column.
   *
   * @throws UnreadableEntryException when a column holds such a value
   */
  static LogEntry toEntry(LogEntryRecord r) {
    return new LogEntry(
        r.getId(),
        r.getIncidentId(),
        Hlc.unpack(r.getHlc(), r.getDeviceId()),
        Instant.ofEpochMilli(r.getWallMs()),
        r.getDeviceId(),
        r.getDeviceSeq(),
        r.getAuthor(),
        r.getAuthorRole() == null
            ? Optional.empty()
            : Optional.of(known(r, "author_role", r.getAuthorRole(), Role::valueOf)),
        known(r, "kind", r.getKind(), EntryKind::valueOf),
        known(r, "event", r.getEvent(), EventCode::ofCode),
        r.getText(),
        Optional.ofNullable(r.getCorrects()),
        r.getPrevHash(),
        r.getHash(),
        Optional.ofNullable(r.getAttachment()));
  }

  /** The incident's timeline in causal order, unreadable rows kept in their place. */
  public static List<TimelineRow> timelineRows(DSLContext dsl, String incidentId) {
    return dsl.selectFrom(LOG_ENTRY)
        .where(LOG_ENTRY.INCIDENT_ID.eq(incidentId))
        .orderBy(LOG_ENTRY.HLC, LOG_ENTRY.DEVICE_ID)
        .fetch(TimelineRow::of);
  }

  private static <T> T known(
      LogEntryRecord r, String column, String value, java.util.function.Function<String, T> parse) {
    try {
      if (value == null) {
        throw new IllegalArgumentException("null");
      }
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw new UnreadableEntryException(
          r.getId(),
          r.getDeviceId(),
          r.getDeviceSeq() == null ? 0 : r.getDeviceSeq(),
          r.getWallMs() == null ? Instant.EPOCH : Instant.ofEpochMilli(r.getWallMs()),
          r.getAuthor(),
          column,
          value);
    }
  }

  private static Optional<Role> roleOf(DSLContext dsl, Draft d) {
    return dsl.select(INCIDENT_ROLE.ROLE)
        .from(INCIDENT_ROLE)
        .where(
            INCIDENT_ROLE.INCIDENT_ID.eq(d.incidentId()).and(INCIDENT_ROLE.PERSON.eq(d.author())))
        .orderBy(INCIDENT_ROLE.ROLE)
        .limit(1)
        .fetchOptional(INCIDENT_ROLE.ROLE)
        .map(Role::valueOf);
  }
}
