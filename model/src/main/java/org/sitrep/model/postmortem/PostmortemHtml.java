package org.sitrep.model.postmortem;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.Times;
import org.sitrep.model.postmortem.html.Html;
import org.sitrep.model.postmortem.html.MarkdownHtml;
import org.sitrep.model.postmortem.html.TimelineChart;

/**
 * One self-contained HTML file for a postmortem: inline CSS (print-ready), the timeline chart as
 * inline SVG above the timeline, every section converted by {@link MarkdownHtml} (so every text is
 * escaped and {@code sitrep://entry/…} links survive), and the review's state and approvals.
 */
final class PostmortemHtml {

  private PostmortemHtml() {}

  static String page(
      Incident incident, List<LogEntry> chartEntries, String markdown, Optional<Postmortem> pm) {
    StringBuilder out = new StringBuilder(markdown.length() * 2 + 16_384);
    String drill = incident.isDrill() ? "[DRILL] " : "";
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Sitrep\">\n<title>")
        .append(Html.escape(drill + "Postmortem: " + incident.title()))
        .append("</title>\n<style>\n")
        .append(PostmortemCss.CSS)
        .append("</style>\n</head>\n<body")
        .append(incident.isDrill() ? " class=\"drill\"" : "")
        .append(">\n");
    if (incident.isDrill()) {
      out.append("<div class=\"drill-banner\">DRILL — this postmortem is about an exercise;")
          .append(" nothing in it happened to production.</div>\n");
    }
    pm.ifPresent(p -> review(out, p));
    out.append("<main>\n");
    List<Sections.Chunk> chunks = Sections.split(markdown);
    boolean hasTimeline = chunks.stream().anyMatch(c -> c.key().equals("timeline"));
    String chart = TimelineChart.svg(incident, chartEntries);
    for (Sections.Chunk c : chunks) {
      if (c.key().equals("timeline")) {
        figure(out, chart);
      }
      out.append("<section id=\"s-").append(Html.escape(Html.slug(c.key()))).append("\">\n");
      out.append(MarkdownHtml.render(c.text())).append("</section>\n");
      if (!hasTimeline && c.key().equals(Sections.HEADER)) {
        figure(out, chart);
      }
    }
    out.append("</main>\n<footer>Exported by Sitrep")
        .append(incident.isDrill() ? " · DRILL" : "")
        .append(" · links of the form sitrep://entry/… open the entry in Sitrep</footer>\n")
        .append("</body>\n</html>\n");
    return out.toString();
  }

  private static void figure(StringBuilder out, String svg) {
    out.append("<figure class=\"chart\">\n").append(svg);
    out.append("<figcaption>Phases between milestones, and the significant entries as ticks")
        .append(" (each links to its entry).</figcaption>\n</figure>\n");
  }

  private static void review(StringBuilder out, Postmortem p) {
    out.append("<aside class=\"review state-")
        .append(p.state().name().toLowerCase(java.util.Locale.ROOT))
        .append("\"><strong>")
        .append(Html.escape(p.state().label().toUpperCase(java.util.Locale.ROOT)))
        .append("</strong> · revision ")
        .append(p.revision());
    if (!p.reviewers().isEmpty()) {
      out.append(" · reviewers: ").append(Html.escape(String.join(", ", p.reviewers())));
    }
    for (ReviewApproval a : p.currentApprovals()) {
      out.append(" · approved by ")
          .append(Html.escape(a.approver()))
          .append(", ")
          .append(Html.escape(Times.utc(a.at())));
    }
    if (p.state() == PostmortemState.DRAFT || p.state() == PostmortemState.IN_REVIEW) {
      out.append(" · <em>not approved yet</em>");
    }
    out.append("</aside>\n");
  }
}
