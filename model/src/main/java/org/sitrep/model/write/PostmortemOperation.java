package org.sitrep.model.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.postmortem.PostmortemRepository.Header;
import org.sitrep.model.postmortem.PostmortemSection;
import org.sitrep.model.postmortem.PostmortemState;
import org.sitrep.model.postmortem.ReviewApproval;
import org.sitrep.model.postmortem.ReviewComment;

/** The postmortem of an incident: its review facts, its sections, comments and approvals. */
public sealed interface PostmortemOperation extends Operation {

  /** A draft at revision 1. */
  record Create(String incidentId, String by) implements PostmortemOperation {
    @Override
    public String entity() {
      return "postmortem";
    }

    @Override
    public String entityId() {
      return incidentId;
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(
          new FieldWrite("created_by", by),
          new FieldWrite("state", PostmortemState.DRAFT.name()),
          new FieldWrite("revision", 1L));
    }
  }

  /** The review facts changed: only what differs between {@code before} and {@code after}. */
  record UpdateReview(Header before, Header after) implements PostmortemOperation {
    @Override
    public String entity() {
      return "postmortem";
    }

    @Override
    public String entityId() {
      return before.incidentId();
    }

    @Override
    public List<FieldWrite> writes() {
      List<FieldWrite> w = new ArrayList<>();
      if (before.state() != after.state()) {
        w.add(new FieldWrite("state", after.state().name()));
      }
      if (before.revision() != after.revision()) {
        w.add(new FieldWrite("revision", after.revision()));
      }
      if (!before.reviewers().equals(after.reviewers())) {
        w.add(new FieldWrite("reviewers", after.reviewers()));
      }
      if (!before.editors().equals(after.editors())) {
        w.add(new FieldWrite("editors", after.editors()));
      }
      if (!before.reviewDue().equals(after.reviewDue())) {
        w.add(
            new FieldWrite(
                "review_due_ms", after.reviewDue().map(Instant::toEpochMilli).orElse(null)));
      }
      return w;
    }
  }

  /**
   * One section at position {@code at}; {@code was} and {@code wasAt} are what was stored (null for
   * a new section), and only what differs is written.
   */
  record SaveSection(
      String incidentId, PostmortemSection was, Integer wasAt, PostmortemSection section, int at)
      implements PostmortemOperation {
    @Override
    public String entity() {
      return "postmortem_section";
    }

    @Override
    public String entityId() {
      return incidentId + "/" + section.key();
    }

    @Override
    public List<FieldWrite> writes() {
      PostmortemSection s = section;
      List<FieldWrite> w = new ArrayList<>();
      if (was == null || !was.text().equals(s.text())) {
        w.add(new FieldWrite("text", s.text()));
      }
      if (wasAt == null || wasAt != at) {
        w.add(new FieldWrite("position", at));
      }
      if (was == null || was.owner() != s.owner()) {
        w.add(new FieldWrite("owner", s.owner().name()));
      }
      if (was == null || !was.generatedHash().equals(s.generatedHash())) {
        w.add(new FieldWrite("generated_hash", s.generatedHash().orElse(null)));
      }
      if (was == null || was.removed() != s.removed()) {
        w.add(new FieldWrite("removed", s.removed()));
      }
      if (was == null || !was.editedBy().equals(s.editedBy())) {
        w.add(new FieldWrite("edited_by", s.editedBy().orElse(null)));
      }
      return w;
    }
  }

  /** A reviewer's comment on a section at a revision: appended, never changed. */
  record Comment(String incidentId, ReviewComment comment) implements PostmortemOperation {
    @Override
    public String entity() {
      return "postmortem_comment";
    }

    @Override
    public String entityId() {
      return comment.id();
    }

    @Override
    public List<FieldWrite> writes() {
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("incident_id", incidentId);
      all.put("section_key", comment.sectionKey());
      all.put("revision", comment.revision());
      all.put("author", comment.author());
      all.put("text", comment.text());
      all.put("created_ms", comment.at().toEpochMilli());
      return List.of(new FieldWrite("append", all));
    }
  }

  /** An approval of one revision: appended, never changed. */
  record Approve(String incidentId, ReviewApproval approval) implements PostmortemOperation {
    @Override
    public String entity() {
      return "postmortem_approval";
    }

    @Override
    public String entityId() {
      return approval.id();
    }

    @Override
    public List<FieldWrite> writes() {
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("incident_id", incidentId);
      all.put("revision", approval.revision());
      all.put("approver", approval.approver());
      all.put("approved_ms", approval.at().toEpochMilli());
      return List.of(new FieldWrite("append", all));
    }
  }
}
