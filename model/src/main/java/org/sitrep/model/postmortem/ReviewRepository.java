package org.sitrep.model.postmortem;

import static org.sitrep.model.store.schema.Tables.POSTMORTEM_APPROVAL;
import static org.sitrep.model.store.schema.Tables.POSTMORTEM_COMMENT;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.write.PostmortemOperation;

/**
 * Comments and approvals: append-only, one row and one outbox record ({@code append}, every field)
 * per id, like log entries, so laptops merge them by union.
 */
final class ReviewRepository {

  private ReviewRepository() {}

  static ReviewComment comment(
      WriteTx tx, String incidentId, String sectionKey, long revision, String by, String text) {
    Hlc hlc = tx.tick();
    ReviewComment c =
        new ReviewComment(
            UUID.randomUUID().toString(), sectionKey, revision, by, text, tx.wallTime());
    tx.apply(hlc, new PostmortemOperation.Comment(incidentId, c));
    return c;
  }

  static ReviewApproval approve(WriteTx tx, String incidentId, long revision, String approver) {
    Hlc hlc = tx.tick();
    ReviewApproval a =
        new ReviewApproval(UUID.randomUUID().toString(), revision, approver, tx.wallTime());
    tx.apply(hlc, new PostmortemOperation.Approve(incidentId, a));
    return a;
  }

  static List<ReviewComment> comments(DSLContext dsl, String incidentId) {
    return dsl.selectFrom(POSTMORTEM_COMMENT)
        .where(POSTMORTEM_COMMENT.INCIDENT_ID.eq(incidentId))
        .orderBy(POSTMORTEM_COMMENT.CREATED_MS, POSTMORTEM_COMMENT.HLC)
        .fetch(
            r ->
                new ReviewComment(
                    r.getId(),
                    r.getSectionKey(),
                    r.getRevision(),
                    r.getAuthor(),
                    r.getText(),
                    Instant.ofEpochMilli(r.getCreatedMs())));
  }

  static List<ReviewApproval> approvals(DSLContext dsl, String incidentId) {
    return dsl.selectFrom(POSTMORTEM_APPROVAL)
        .where(POSTMORTEM_APPROVAL.INCIDENT_ID.eq(incidentId))
        .orderBy(POSTMORTEM_APPROVAL.APPROVED_MS, POSTMORTEM_APPROVAL.HLC)
        .fetch(
            r ->
                new ReviewApproval(
                    r.getId(),
                    r.getRevision(),
                    r.getApprover(),
                    Instant.ofEpochMilli(r.getApprovedMs())));
  }
}
