package org.sitrep.model.postmortem;

import static org.sitrep.model.store.schema.Tables.POSTMORTEM_APPROVAL;
import static org.sitrep.model.store.schema.Tables.POSTMORTEM_COMMENT;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.store.WriteTx;

/**
 * Comments and approvals: append-only, one row and one outbox record ({@code append}, every field)
 * per id, like log entries, so laptops merge them by union.
 */
final class ReviewRepository {

  static final String COMMENT = "postmortem_comment";
  static final String APPROVAL = "postmortem_approval";

  private ReviewRepository() {}

  static ReviewComment comment(
      WriteTx tx, String incidentId, String sectionKey, long revision, String by, String text) {
    Hlc hlc = tx.tick();
    ReviewComment c =
        new ReviewComment(
            UUID.randomUUID().toString(), sectionKey, revision, by, text, tx.wallTime());
    tx.dsl()
        .insertInto(POSTMORTEM_COMMENT)
        .set(POSTMORTEM_COMMENT.ID, c.id())
        .set(POSTMORTEM_COMMENT.INCIDENT_ID, incidentId)
        .set(POSTMORTEM_COMMENT.SECTION_KEY, sectionKey)
        .set(POSTMORTEM_COMMENT.REVISION, revision)
        .set(POSTMORTEM_COMMENT.AUTHOR, by)
        .set(POSTMORTEM_COMMENT.TEXT, text)
        .set(POSTMORTEM_COMMENT.CREATED_MS, c.at().toEpochMilli())
        .set(POSTMORTEM_COMMENT.HLC, hlc.packed())
        .execute();
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("incident_id", incidentId);
    all.put("section_key", sectionKey);
    all.put("revision", revision);
    all.put("author", by);
    all.put("text", text);
    all.put("created_ms", c.at().toEpochMilli());
    tx.record(hlc, COMMENT, c.id(), "append", all);
    return c;
  }

  static ReviewApproval approve(WriteTx tx, String incidentId, long revision, String approver) {
    Hlc hlc = tx.tick();
    ReviewApproval a =
        new ReviewApproval(UUID.randomUUID().toString(), revision, approver, tx.wallTime());
    tx.dsl()
        .insertInto(POSTMORTEM_APPROVAL)
        .set(POSTMORTEM_APPROVAL.ID, a.id())
        .set(POSTMORTEM_APPROVAL.INCIDENT_ID, incidentId)
        .set(POSTMORTEM_APPROVAL.REVISION, revision)
        .set(POSTMORTEM_APPROVAL.APPROVER, approver)
        .set(POSTMORTEM_APPROVAL.APPROVED_MS, a.at().toEpochMilli())
        .set(POSTMORTEM_APPROVAL.HLC, hlc.packed())
        .execute();
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("incident_id", incidentId);
    all.put("revision", revision);
    all.put("approver", approver);
    all.put("approved_ms", a.at().toEpochMilli());
    tx.record(hlc, APPROVAL, a.id(), "append", all);
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
