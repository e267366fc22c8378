package org.sitrep.model.escalation;

import static org.sitrep.model.store.schema.Tables.PAGE;
import static org.sitrep.model.store.schema.Tables.PAGE_ATTEMPT;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.PageRecord;

/** Pages and the calls made for them. Attempts are appended, never changed. */
public final class PageRepository {

  static final String ENTITY = "page";

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
    Hlc hlc = tx.tick();
    tx.dsl()
        .insertInto(PAGE)
        .set(PAGE.ID, p.id())
        .set(PAGE.INCIDENT_ID, p.incidentId())
        .set(PAGE.POLICY_ID, p.policyId().orElse(null))
        .set(PAGE.TARGET, p.target())
        .set(PAGE.LEVEL, (long) p.level())
        .set(PAGE.LEVEL_SINCE_MS, p.levelSince().toEpochMilli())
        .set(PAGE.REMINDED_LEVEL, (long) p.remindedLevel())
        .set(PAGE.STATE, p.state().name())
        .set(PAGE.STARTED_MS, p.startedAt().toEpochMilli())
        .set(PAGE.UPDATED_HLC, hlc.packed())
        .execute();
    tx.record(hlc, ENTITY, p.id(), "incident", p.incidentId());
    tx.record(hlc, ENTITY, p.id(), "target", p.target());
    tx.record(hlc, ENTITY, p.id(), "started_ms", p.startedAt().toEpochMilli());
    tx.record(hlc, ENTITY, p.id(), "policy", p.policyId().orElse(null));
    recordState(tx, hlc, p);
  }

  public static void update(WriteTx tx, Page p) {
    Hlc hlc = tx.tick();
    tx.dsl()
        .update(PAGE)
        .set(PAGE.LEVEL, (long) p.level())
        .set(PAGE.LEVEL_SINCE_MS, p.levelSince().toEpochMilli())
        .set(PAGE.REMINDED_LEVEL, (long) p.remindedLevel())
        .set(PAGE.STATE, p.state().name())
        .set(PAGE.UPDATED_HLC, hlc.packed())
        .where(PAGE.ID.eq(p.id()))
        .execute();
    recordState(tx, hlc, p);
  }

  private static void recordState(WriteTx tx, Hlc hlc, Page p) {
    tx.record(hlc, ENTITY, p.id(), "level", p.level());
    tx.record(hlc, ENTITY, p.id(), "level_since_ms", p.levelSince().toEpochMilli());
    tx.record(hlc, ENTITY, p.id(), "reminded_level", p.remindedLevel());
    tx.record(hlc, ENTITY, p.id(), "state", p.state().name());
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
    tx.dsl()
        .insertInto(PAGE_ATTEMPT)
        .set(PAGE_ATTEMPT.ID, id)
        .set(PAGE_ATTEMPT.PAGE_ID, a.pageId())
        .set(PAGE_ATTEMPT.PERSON, a.person())
        .set(PAGE_ATTEMPT.CHANNEL, a.channel())
        .set(PAGE_ATTEMPT.OUTCOME, a.outcome().name())
        .set(PAGE_ATTEMPT.AT_MS, a.at().toEpochMilli())
        .set(PAGE_ATTEMPT.ENTRY_ID, a.entryId())
        .execute();
    tx.record(
        hlc,
        "page_attempt",
        id,
        "append",
        Map.of(
            "page", a.pageId(),
            "person", a.person(),
            "channel", a.channel(),
            "outcome", a.outcome().name(),
            "at_ms", a.at().toEpochMilli(),
            "entry", a.entryId()));
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
