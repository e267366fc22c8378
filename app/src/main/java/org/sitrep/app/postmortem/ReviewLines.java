package org.sitrep.app.postmortem;

import java.util.List;
import org.sitrep.model.log.Times;
import org.sitrep.model.postmortem.Postmortem;
import org.sitrep.model.postmortem.ReviewApproval;
import org.sitrep.model.postmortem.ReviewComment;
import org.sitrep.model.postmortem.Sections;

/** The review's record and the regeneration report, in the words the view shows. */
final class ReviewLines {

  private ReviewLines() {}

  static List<String> record(Postmortem pm) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    out.add(
        "Revision "
            + pm.revision()
            + (pm.reviewers().isEmpty() ? "" : " · reviewers: " + String.join(", ", pm.reviewers()))
            + pm.reviewDue().map(d -> " · due " + Times.utc(d)).orElse(""));
    for (ReviewApproval a : pm.approvals()) {
      out.add(
          "Approved by "
              + a.approver()
              + ", revision "
              + a.revision()
              + ", "
              + Times.utc(a.at())
              + (a.revision() == pm.revision() ? "" : " (an earlier text)"));
    }
    for (ReviewComment c : pm.comments()) {
      out.add(
          "Comment by "
              + c.author()
              + " on "
              + c.sectionTitle()
              + " (r"
              + c.revision()
              + "): "
              + c.text());
    }
    return out;
  }

  static String regenerated(List<String> refreshed, List<String> kept, List<String> stale) {
    StringBuilder s = new StringBuilder("Regenerated: ");
    s.append(refreshed.isEmpty() ? "nothing new in the log" : "refreshed " + titles(refreshed));
    if (!kept.isEmpty()) {
      s.append(" · kept your edits to ").append(titles(kept));
    }
    if (!stale.isEmpty()) {
      s.append(" · the log changed under your edits to ").append(titles(stale));
    }
    return s.toString();
  }

  private static String titles(List<String> keys) {
    return String.join(", ", keys.stream().map(Sections::title).toList());
  }
}
