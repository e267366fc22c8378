package org.sitrep.model.escalation;

import static org.sitrep.model.store.schema.Tables.PAGE;
import static org.sitrep.model.store.schema.Tables.PAGE_ATTEMPT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.PageRecord;
import org.sitrep.model.write.EscalationOperation;

/** Pages and the calls made for them. Attempts are appended, never changed. */
public final class PageRepository {

  /** One call, as stored. */
  public record Attempt(
      String pageId,
      String person,
      String channel,
      PageOutcome outcome,
      Instant at,
      String entryId) {}

  private PageRepository() {}

  public static void insert(WriteTx tx, Page p) {
    tx.apply(new EscalationOperation.StartPage(p));
  }

  public static void update(WriteTx tx, Page p) {
    tx.apply(new EscalationOperation.UpdatePage(p));
  }

  public static Page get(DSLContext dsl, String id) {
    return dsl.selectFrom(PAGE)
        .where(PAGE.ID.eq(id))
        .fetchOptional(PageRepository::toPage)
        .orElseThrow(() -> new NotFoundException("no page " + id));
  }

  /** The incident's pages, newest first. */
  public static List<Page> forIncident(DSLContext dsl, String incidentId) {
    return dsl.selectFrom(PAGE)
        .where(PAGE.INCIDENT_ID.eq(incidentId))
        .orderBy(PAGE.STARTED_MS.desc(), PAGE.ID)
        .fetch(PageRepository::toPage);
  }

  /** Every page still waiting for an answer, in any incident, oldest first. */
  public static List<Page> open(DSLContext dsl) {
    return dsl.selectFrom(PAGE)
        .where(PAGE.STATE.eq(Page.State.OPEN.name()))
        .orderBy(PAGE.STARTED_MS, PAGE.ID)
        .fetch(PageRepository::toPage);
  }

  public static void addAttempt(WriteTx tx, Hlc hlc, String id, Attempt a) {
    tx.apply(hlc, new EscalationOperation.RecordAttempt(id, a));
  }

  public static List<Attempt> attempts(DSLContext dsl, String pageId) {
    return dsl.selectFrom(PAGE_ATTEMPT)
        .where(PAGE_ATTEMPT.PAGE_ID.eq(pageId))
        .orderBy(PAGE_ATTEMPT.AT_MS)
        .fetch(
            r ->
                new Attempt(
                    r.getPageId(),
                    r.getPerson(),
                    r.getChannel(),
                    PageOutcome.valueOf(r.getOutcome()),
                    Instant.ofEpochMilli(r.getAtMs()),
                    r.getEntryId()));
  }

  static Page toPage(PageRecord r) {
    return new Page(
        r.getId(),
        r.getIncidentId(),
        Optional.ofNullable(r.getPolicyId()),
        r.getTarget(),
        r.getLevel().intValue(),
        Instant.ofEpochMilli(r.getLevelSinceMs()),
        r.getRemindedLevel().intValue(),
        Page.State.valueOf(r.getState()),
        Instant.ofEpochMilli(r.getStartedMs()));
  }
}
