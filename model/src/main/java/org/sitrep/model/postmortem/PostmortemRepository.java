package org.sitrep.model.postmortem;

import static org.sitrep.model.store.schema.Tables.POSTMORTEM;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.PostmortemRecord;

/**
 * Stored postmortems: the review row here, sections in {@link SectionRepository}, comments and
 * approvals in {@link ReviewRepository}. Every changed field is one outbox record on entity {@code
 * postmortem}, so two laptops changing different fields (state, reviewers) both win.
 */
public final class PostmortemRepository {

  static final String ENTITY = "postmortem";

  private PostmortemRepository() {}

  /** The review facts of one postmortem, without sections, comments or approvals. */
  public record Header(
      String incidentId,
      PostmortemState state,
      long revision,
      List<String> reviewers,
      List<String> editors,
      Optional<Instant> reviewDue,
      Instant createdAt,
      String createdBy,
      Instant updatedAt) {

    Header with(
        PostmortemState s, long rev, List<String> rv, List<String> ed, Optional<Instant> due) {
      return new Header(incidentId, s, rev, rv, ed, due, createdAt, createdBy, updatedAt);
    }
  }

  public static Optional<Postmortem> find(DSLContext dsl, String incidentId) {
    return header(dsl, incidentId)
        .map(
            h ->
                new Postmortem(
                    h.incidentId(),
                    h.state(),
                    h.revision(),
                    h.reviewers(),
                    h.editors(),
                    h.reviewDue(),
                    h.createdAt(),
                    h.createdBy(),
                    h.updatedAt(),
                    SectionRepository.forPostmortem(dsl, incidentId),
                    ReviewRepository.comments(dsl, incidentId),
                    ReviewRepository.approvals(dsl, incidentId)));
  }

  public static Optional<Header> header(DSLContext dsl, String incidentId) {
    return dsl.selectFrom(POSTMORTEM)
        .where(POSTMORTEM.INCIDENT_ID.eq(incidentId))
        .fetchOptional(PostmortemRepository::toHeader);
  }

  /** Every postmortem's review facts: what the managers' view counts. */
  public static List<Header> headers(DSLContext dsl) {
    return dsl.selectFrom(POSTMORTEM)
        .orderBy(POSTMORTEM.CREATED_MS)
        .fetch(PostmortemRepository::toHeader);
  }

  static Header create(WriteTx tx, String incidentId, String by) {
    Hlc hlc = tx.tick();
    Instant now = tx.wallTime();
    tx.dsl()
        .insertInto(POSTMORTEM)
        .set(POSTMORTEM.INCIDENT_ID, incidentId)
        .set(POSTMORTEM.STATE, PostmortemState.DRAFT.name())
        .set(POSTMORTEM.REVISION, 1L)
        .set(POSTMORTEM.CREATED_MS, now.toEpochMilli())
        .set(POSTMORTEM.CREATED_BY, by)
        .set(POSTMORTEM.UPDATED_MS, now.toEpochMilli())
        .set(POSTMORTEM.UPDATED_HLC, hlc.packed())
        .execute();
    tx.record(hlc, ENTITY, incidentId, "created_by", by);
    tx.record(hlc, ENTITY, incidentId, "state", PostmortemState.DRAFT.name());
    tx.record(hlc, ENTITY, incidentId, "revision", 1L);
    return header(tx.dsl(), incidentId).orElseThrow();
  }

  /** Writes what differs between {@code before} and {@code after}, one outbox record a field. */
  static void update(WriteTx tx, Header before, Header after) {
    if (before.equals(after)) {
      return;
    }
    Hlc hlc = tx.tick();
    String id = before.incidentId();
    tx.dsl()
        .update(POSTMORTEM)
        .set(POSTMORTEM.STATE, after.state().name())
        .set(POSTMORTEM.REVISION, after.revision())
        .set(POSTMORTEM.REVIEWERS, Json.write(after.reviewers()))
        .set(POSTMORTEM.EDITORS, Json.write(after.editors()))
        .set(POSTMORTEM.REVIEW_DUE_MS, after.reviewDue().map(Instant::toEpochMilli).orElse(null))
        .set(POSTMORTEM.UPDATED_MS, tx.wallTime().toEpochMilli())
        .set(POSTMORTEM.UPDATED_HLC, hlc.packed())
        .where(POSTMORTEM.INCIDENT_ID.eq(id))
        .execute();
    if (before.state() != after.state()) {
      tx.record(hlc, ENTITY, id, "state", after.state().name());
    }
    if (before.revision() != after.revision()) {
      tx.record(hlc, ENTITY, id, "revision", after.revision());
    }
    if (!before.reviewers().equals(after.reviewers())) {
      tx.record(hlc, ENTITY, id, "reviewers", after.reviewers());
    }
    if (!before.editors().equals(after.editors())) {
      tx.record(hlc, ENTITY, id, "editors", after.editors());
    }
    if (!before.reviewDue().equals(after.reviewDue())) {
      tx.record(
          hlc,
          ENTITY,
          id,
          "review_due_ms",
          after.reviewDue().map(Instant::toEpochMilli).orElse(null));
    }
  }

  private static Header toHeader(PostmortemRecord r) {
    return new Header(
        r.getIncidentId(),
        PostmortemState.valueOf(r.getState()),
        r.getRevision(),
        Json.readStringList(r.getReviewers()),
        Json.readStringList(r.getEditors()),
        Optional.ofNullable(r.getReviewDueMs()).map(Instant::ofEpochMilli),
        Instant.ofEpochMilli(r.getCreatedMs()),
        r.getCreatedBy(),
        Instant.ofEpochMilli(r.getUpdatedMs()));
  }
}
