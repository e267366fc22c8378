package org.sitrep.model.comms;

import static org.sitrep.model.store.schema.Tables.STATUS_PAGE_PUBLISH;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.store.WriteTx;

/**
 * What is waiting to be published on this laptop. Publishing always writes the current state, so
 * one "wanted since" mark per page is the whole queue: however many updates were sent offline, the
 * page goes out once, newest state. Local to the laptop, like the sync ledger.
 */
public final class StatusPageQueue {

  /** One page's publishing state, for the status line ("status page: waiting since 14:02"). */
  public record State(
      PageKind page,
      Optional<Instant> wantedSince,
      Optional<Instant> lastPublished,
      Optional<Instant> lastAttempt,
      Optional<String> lastError) {

    public boolean isWaiting() {
      return wantedSince.isPresent();
    }
  }

  private final Workspace workspace;

  public StatusPageQueue(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Marks the page as wanted, in the caller's transaction; an earlier mark is kept. */
  public static void want(WriteTx tx, PageKind page) {
    tx.dsl()
        .execute(
            "INSERT INTO status_page_publish (page, wanted_ms) VALUES (?, ?)"
                + " ON CONFLICT (page) DO UPDATE SET"
                + " wanted_ms = coalesce(wanted_ms, excluded.wanted_ms)",
            page.word(),
            org.jooq.impl.DSL.val(tx.wallTime().toEpochMilli(), org.jooq.impl.SQLDataType.BIGINT));
    tx.changedLocally("status_page", page.word(), null);
  }

  /** Asks for the page to be published again (settings changed, a retry by hand). */
  public void want(PageKind page) {
    workspace.write(
        tx -> {
          want(tx, page);
          return null;
        });
  }

  public State state(PageKind page) {
    return workspace.read(dsl -> read(dsl, page));
  }

  /**
   * Records a publish that wrote the state as of {@code renderedAt}: the mark is cleared unless a
   * newer change came in while publishing, which then goes out on the next round.
   */
  public void published(PageKind page, Instant renderedAt, Instant now) {
    workspace.write(
        tx -> {
          tx.dsl()
              .execute(
                  "UPDATE status_page_publish SET last_published_ms = ?, last_attempt_ms = ?,"
                      + " last_error = NULL, wanted_ms = CASE WHEN wanted_ms <= ? THEN NULL"
                      + " ELSE wanted_ms END WHERE page = ?",
                  org.jooq.impl.DSL.val(now.toEpochMilli(), org.jooq.impl.SQLDataType.BIGINT),
                  org.jooq.impl.DSL.val(now.toEpochMilli(), org.jooq.impl.SQLDataType.BIGINT),
                  org.jooq.impl.DSL.val(
                      renderedAt.toEpochMilli(), org.jooq.impl.SQLDataType.BIGINT),
                  page.word());
          tx.changedLocally("status_page", page.word(), null);
          return null;
        });
  }

  /** Records a failed attempt; the page stays wanted and is tried again. */
  public void failed(PageKind page, String error, Instant now) {
    workspace.write(
        tx -> {
          tx.dsl()
              .execute(
                  "UPDATE status_page_publish SET last_attempt_ms = ?, last_error = ?"
                      + " WHERE page = ?",
                  org.jooq.impl.DSL.val(now.toEpochMilli(), org.jooq.impl.SQLDataType.BIGINT),
                  error,
                  page.word());
          tx.changedLocally("status_page", page.word(), null);
          return null;
        });
  }

  private static State read(DSLContext dsl, PageKind page) {
    Optional<Record> row =
        dsl.select(
                STATUS_PAGE_PUBLISH.WANTED_MS,
                STATUS_PAGE_PUBLISH.LAST_PUBLISHED_MS,
                STATUS_PAGE_PUBLISH.LAST_ATTEMPT_MS,
                STATUS_PAGE_PUBLISH.LAST_ERROR)
            .from(STATUS_PAGE_PUBLISH)
            .where(STATUS_PAGE_PUBLISH.PAGE.eq(page.word()))
            .fetchOptional()
            .map(r -> (Record) r);
    return new State(
        page,
        row.map(r -> r.get(STATUS_PAGE_PUBLISH.WANTED_MS)).map(Instant::ofEpochMilli),
        row.map(r -> r.get(STATUS_PAGE_PUBLISH.LAST_PUBLISHED_MS)).map(Instant::ofEpochMilli),
        row.map(r -> r.get(STATUS_PAGE_PUBLISH.LAST_ATTEMPT_MS)).map(Instant::ofEpochMilli),
        row.map(r -> r.get(STATUS_PAGE_PUBLISH.LAST_ERROR)));
  }
}
