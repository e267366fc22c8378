package org.sitrep.model.postmortem;

import static org.sitrep.model.store.schema.Tables.POSTMORTEM;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.PostmortemRecord;
import org.sitrep.model.write.PostmortemOperation;

/**
 * Stored postmortems: the review row here, sections in {@link SectionRepository}, comments and
 * approvals in {@link ReviewRepository}. Every changed field is one outbox record on entity {@code
 * postmortem}, so two laptops changing different fields (state, reviewers) both win.
 */
public final class PostmortemRepository {

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
    tx.apply(new PostmortemOperation.Create(incidentId, by));
    return header(tx.dsl(), incidentId).orElseThrow();
  }

  /** Writes what differs between {@code before} and {@code after}, one outbox record a field. */
  static void update(WriteTx tx, Header before, Header after) {
    if (before.equals(after)) {
      return;
    }
    tx.apply(new PostmortemOperation.UpdateReview(before, after));
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
