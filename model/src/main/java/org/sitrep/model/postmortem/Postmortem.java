package org.sitrep.model.postmortem;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored postmortem: its sections, where its review stands, and the comments and approvals it
 * collected.
 *
 * @param revision goes up with every change of text; an approval is for one revision
 * @param editors who changed the text since it was last approved: they cannot approve it
 * @param reviewDue when the review should be done; past it, the managers' view lists it overdue
 */
public record Postmortem(
    String incidentId,
    PostmortemState state,
    long revision,
    List<String> reviewers,
    List<String> editors,
    Optional<Instant> reviewDue,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    List<PostmortemSection> sections,
    List<ReviewComment> comments,
    List<ReviewApproval> approvals) {

  public Postmortem {
    reviewers = List.copyOf(reviewers);
    editors = List.copyOf(editors);
    sections = List.copyOf(sections);
    comments = List.copyOf(comments);
    approvals = List.copyOf(approvals);
  }

  /** The document as a person edits it: every section not removed, in order. */
  public String markdown() {
    return Sections.join(visibleSections().stream().map(PostmortemSection::text).toList());
  }

  public List<PostmortemSection> visibleSections() {
    return sections.stream().filter(s -> !s.removed()).toList();
  }

  /** Approvals of the current revision: older ones were for a text that has changed since. */
  public List<ReviewApproval> currentApprovals() {
    return approvals.stream().filter(a -> a.revision() == revision).toList();
  }

  /** Reviewers who have not approved the current revision yet. */
  public List<String> awaiting() {
    List<String> approved = currentApprovals().stream().map(ReviewApproval::approver).toList();
    return reviewers.stream().filter(r -> !containsIgnoringCase(approved, r)).toList();
  }

  public boolean reviewOverdue(Instant now) {
    return state == PostmortemState.IN_REVIEW && reviewDue.map(now::isAfter).orElse(false);
  }

  static boolean containsIgnoringCase(List<String> names, String name) {
    return names.stream().anyMatch(n -> n.equalsIgnoreCase(name.strip()));
  }
}
