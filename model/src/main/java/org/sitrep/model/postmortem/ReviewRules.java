package org.sitrep.model.postmortem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.postmortem.PostmortemRepository.Header;

/**
 * The review's state machine, as pure functions from a postmortem to its next review facts: each
 * refuses, naming why, when the step is not allowed. Draft → in review → approved → published; a
 * change of text after approval goes back to in review; someone who changed the text since the last
 * approval cannot approve it.
 */
final class ReviewRules {

  private ReviewRules() {}

  static Header requestReview(
      Postmortem pm, Header h, List<String> reviewers, Instant due, Instant now) {
    if (pm.state().isSignedOff()) {
      throw new ChangeRefusedException(
          "the postmortem is already " + pm.state().label() + ": change its text to reopen review");
    }
    List<String> names = cleanNames(reviewers);
    if (names.isEmpty()) {
      throw new ChangeRefusedException("name at least one reviewer");
    }
    if (!due.isAfter(now)) {
      throw new ChangeRefusedException("the review due date must be in the future");
    }
    return h.with(PostmortemState.IN_REVIEW, h.revision(), names, h.editors(), Optional.of(due));
  }

  /** The header after {@code approver}'s approval; {@code approved} says whether all are in. */
  static Header approve(Postmortem pm, Header h, String approver) {
    switch (pm.state()) {
      case DRAFT:
        throw new ChangeRefusedException("the postmortem is a draft: request a review first");
      case APPROVED:
      case PUBLISHED:
        throw new ChangeRefusedException("the postmortem is already " + pm.state().label());
      default:
        break;
    }
    if (!Postmortem.containsIgnoringCase(pm.reviewers(), approver)) {
      throw new ChangeRefusedException(
          approver
              + " is not a reviewer of this postmortem (reviewers: "
              + String.join(", ", pm.reviewers())
              + ")");
    }
    if (Postmortem.containsIgnoringCase(pm.editors(), approver)) {
      throw new ChangeRefusedException(
          approver
              + " changed this postmortem since it was last approved: a reviewer cannot approve"
              + " their own edits");
    }
    boolean again =
        pm.currentApprovals().stream().anyMatch(a -> a.approver().equalsIgnoreCase(approver));
    if (again) {
      throw new ChangeRefusedException(approver + " already approved revision " + pm.revision());
    }
    boolean last = pm.awaiting().size() == 1;
    // Approved: the edits were seen; the next change starts a new list of editors.
    return last
        ? h.with(PostmortemState.APPROVED, h.revision(), h.reviewers(), List.of(), h.reviewDue())
        : h;
  }

  static Header publish(Postmortem pm, Header h) {
    if (pm.state() != PostmortemState.APPROVED) {
      String why =
          pm.state() == PostmortemState.IN_REVIEW
              ? "it is in review, awaiting " + String.join(", ", pm.awaiting())
              : "it is " + pm.state().label();
      throw new ChangeRefusedException("only an approved postmortem can be published: " + why);
    }
    return h.with(
        PostmortemState.PUBLISHED, h.revision(), h.reviewers(), h.editors(), h.reviewDue());
  }

  /** A new revision: the editor (if a person) joins the editors; sign-off is undone. */
  static Header textChanged(Header h, Optional<String> editor) {
    List<String> editors = new ArrayList<>(h.editors());
    editor.filter(e -> !Postmortem.containsIgnoringCase(editors, e)).ifPresent(editors::add);
    PostmortemState state = h.state().isSignedOff() ? PostmortemState.IN_REVIEW : h.state();
    return h.with(state, h.revision() + 1, h.reviewers(), editors, h.reviewDue());
  }

  private static List<String> cleanNames(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String s = n == null ? "" : n.strip();
      if (!s.isEmpty() && !Postmortem.containsIgnoringCase(out, s)) {
        out.add(s);
      }
    }
    return out;
  }
}
