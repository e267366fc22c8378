package org.sitrep.model.statuspage;

import static org.sitrep.model.postmortem.html.Html.escape;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.sitrep.model.comms.PageKind;

/**
 * The status page as one small HTML file and one stylesheet. Everything reads without JavaScript:
 * times are written in UTC; a few lines of script, when the browser runs them, add the reader's
 * local time beside each. No fonts, images or other requests: it must load on a bad connection.
 */
public final class StatusPageHtml {

  public static final String CSS_FILE = "status.css";
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  // Adds "(2026-12-07 23:30 your time)" after each <time>; the page is complete without it.
  private static final String LOCAL_TIME_SCRIPT =
      "<script>(function(){function p(n){return(n<10?'0':'')+n;}"
          + "document.querySelectorAll('time[datetime]').forEach(function(t){"
          + "var d=new Date(t.getAttribute('datetime'));if(isNaN(d))return;"
          + "var s=document.createElement('span');s.className='local';"
          + "s.textContent=' ('+d.getFullYear()+'-'+p(d.getMonth()+1)+'-'+p(d.getDate())+' '"
          + "+p(d.getHours())+':'+p(d.getMinutes())+' your time)';t.after(s);});})();</script>";

  private StatusPageHtml() {}

  public static String render(StatusPage page) {
    StringBuilder h = new StringBuilder(8192);
    String title = (page.kind() == PageKind.DRILL ? "DRILL — " : "") + page.title();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>").append(escape(title)).append("</title>\n");
    h.append("<link rel=\"stylesheet\" href=\"").append(CSS_FILE).append("\">\n");
    h.append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"")
        .append(escape(page.title()))
        .append(" updates\" href=\"")
        .append(StatusPageFeed.FILE)
        .append("\">\n</head>\n<body>\n");
    if (page.kind() == PageKind.DRILL) {
      h.append("<p class=\"drill\" role=\"note\">DRILL: this is a practice page. Nothing on it")
          .append(" happened to the real service.</p>\n");
    }
    h.append("<header>\n<h1>").append(escape(page.title())).append("</h1>\n");
    boolean allWell = page.open().isEmpty();
    h.append("<p class=\"summary ")
        .append(allWell ? "ok" : "issue")
        .append("\">")
        .append(escape(page.summary()))
        .append("</p>\n");
    h.append("<p class=\"generated\">Updated ").append(time(page.generated())).append("</p>\n");
    h.append("</header>\n<main>\n");
    services(h, page.services());
    h.append("<section aria-labelledby=\"current\">\n<h2 id=\"current\">Current incidents</h2>\n");
    if (page.open().isEmpty()) {
      h.append("<p>No incidents in progress.</p>\n");
    }
    page.open().forEach(i -> incident(h, i, "h3"));
    h.append("</section>\n");
    h.append("<section aria-labelledby=\"history\">\n<h2 id=\"history\">Past incidents")
        .append(" (last 90 days)</h2>\n");
    if (page.past().isEmpty()) {
      h.append("<p>No incidents in the last 90 days.</p>\n");
    }
    page.past().forEach(i -> incident(h, i, "h3"));
    h.append("</section>\n</main>\n<footer>\n");
    if (!page.contact().isBlank()) {
      h.append("<p class=\"contact\">Get in touch: ")
          .append(escape(page.contact()))
          .append("</p>\n");
    }
    h.append("<p>Also as <a href=\"")
        .append(StatusPageJson.FILE)
        .append("\">JSON</a> and an <a href=\"")
        .append(StatusPageFeed.FILE)
        .append("\">Atom feed</a>. Times are UTC.</p>\n</footer>\n");
    h.append(LOCAL_TIME_SCRIPT).append("\n</body>\n</html>\n");
    return h.toString();
  }

  private static void services(StringBuilder h, Map<String, String> services) {
    h.append("<section aria-labelledby=\"services\">\n<h2 id=\"services\">Services</h2>\n");
    if (services.isEmpty()) {
      h.append("<p>No services listed.</p>\n");
    } else {
      h.append("<ul class=\"services\">\n");
      services.forEach(
          (name, state) ->
              h.append("<li><span class=\"name\">")
                  .append(escape(name))
                  .append("</span> <span class=\"state ")
                  .append(state.equals(StatusPage.OPERATIONAL) ? "ok" : "issue")
                  .append("\">")
                  .append(escape(state))
                  .append("</span></li>\n"));
      h.append("</ul>\n");
    }
    h.append("</section>\n");
  }

  private static void incident(StringBuilder h, PublicIncident i, String heading) {
    h.append("<article class=\"incident\" id=\"").append(i.key()).append("\">\n");
    h.append('<').append(heading).append('>').append(escape(i.heading()));
    h.append("</").append(heading).append(">\n");
    h.append("<p class=\"meta\">").append(escape(i.impact())).append(" · first posted ");
    h.append(time(i.firstPosted())).append("</p>\n<ol class=\"updates\">\n");
    for (PublicUpdate u : i.updates()) {
      h.append("<li><p class=\"when\"><strong>")
          .append(escape(PhaseWords.of(u.phase())))
          .append("</strong> · ")
          .append(time(u.at()))
          .append("</p>\n<p class=\"text\">")
          .append(escape(u.text()).replace("\n", "<br>\n"))
          .append("</p></li>\n");
    }
    h.append("</ol>\n</article>\n");
  }

  private static String time(Instant t) {
    return "<time datetime=\"" + t + "\">" + UTC.format(t) + "</time>";
  }
}
