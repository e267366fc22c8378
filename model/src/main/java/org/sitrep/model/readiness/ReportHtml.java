package org.sitrep.model.readiness;

import java.util.Locale;

/**
 * The readiness report as one self-contained HTML page for audits and managers: inline CSS and SVG,
 * nothing fetched, printable (each service keeps to a page where it fits).
 */
public final class ReportHtml {

  private static final String CSS =
      "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d2330;"
          + "margin:24px auto;max-width:1060px;padding:0 16px}"
          + "h1{font-size:22px;margin:0 0 2px}h2{font-size:18px;margin:28px 0 4px}"
          + ".meta{color:#5b6475;margin:0 0 10px}"
          + "table{border-collapse:collapse;width:100%;margin:8px 0}"
          + "td,th{border-bottom:1px solid #dde1e8;padding:6px 8px;text-align:left;vertical-align:top}"
          + "th{font-size:12px;color:#5b6475;text-transform:uppercase;letter-spacing:.04em}"
          + ".pill{display:inline-block;min-width:52px;text-align:center;border-radius:10px;"
          + "padding:1px 8px;font-weight:600;font-size:12px}"
          + ".GREEN{background:#d9f2e1;color:#0d5c2b}.AMBER{background:#fdebc8;color:#7a4b00}"
          + ".RED{background:#fbd5d5;color:#8a1414}"
          + ".fix{color:#3a4254}.charts{display:flex;flex-wrap:wrap;gap:12px}"
          + ".chart{border:1px solid #dde1e8;border-radius:6px;background:#fff}"
          + ".caption{font-size:12px;font-weight:600;fill:#1d2330}.axis{font-size:10px;fill:#5b6475}"
          + ".muted{font-size:12px;fill:#8a93a5}.bar.met{fill:#2e9d57}.bar.missed{fill:#c93434}"
          + ".bar.drill{fill-opacity:.35;stroke-width:1.5;stroke-dasharray:4 2}"
          + ".bar.met.drill{stroke:#2e9d57}.bar.missed.drill{stroke:#c93434}"
          + ".objective{stroke:#1d2330;stroke-dasharray:6 4}"
          + ".green{fill:#2e9d57}.amber{fill:#e0a020}.red{fill:#c93434}"
          + "section{break-inside:avoid;page-break-inside:avoid}"
          + "@media print{body{margin:0;max-width:none}.chart{border:none}}";

  private ReportHtml() {}

  public static String render(ReadinessReport r) {
    String zone = r.zone().getId();
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Readiness report</title><style>")
        .append(CSS)
        .append("</style></head><body><h1>Readiness report</h1><p class=\"meta\">As of ")
        .append(escape(Spans.at(r.generatedAt(), r.zone())))
        .append(" · ")
        .append(r.services().size())
        .append(" service(s) · drills are drawn hatched and marked “drill”</p>");
    for (ReadinessReport.ServiceReport s : r.services()) {
      Service svc = s.readiness().service();
      b.append("<section><h2>")
          .append(escape(svc.name()))
          .append(" ")
          .append(pill(s.readiness().status()))
          .append("</h2><p class=\"meta\">Owner ")
          .append(escape(svc.ownerTeam()))
          .append(" · tier ")
          .append(svc.tier())
          .append(" · RTO ")
          .append(Spans.of(svc.rto()))
          .append(" · RPO ")
          .append(Spans.of(svc.rpo()))
          .append(" · restore every ")
          .append(svc.restoreEveryDays())
          .append(" days</p><table><tr><th></th><th>Check</th><th>Evidence</th><th>Fix</th></tr>");
      for (ReadinessLine l : s.readiness().lines()) {
        b.append("<tr><td>")
            .append(pill(l.status()))
            .append("</td><td>")
            .append(escape(l.check().title()))
            .append("</td><td>")
            .append(escape(l.evidence()))
            .append("</td><td class=\"fix\">")
            .append(escape(l.fix()))
            .append("</td></tr>");
      }
      b.append("</table><div class=\"charts\">")
          .append(
              ReportCharts.restoreBars("Restore time per test", s.tests(), true, svc.rto(), zone))
          .append(ReportCharts.restoreBars("Data lost per test", s.tests(), false, svc.rpo(), zone))
          .append(ReportCharts.trend("Checks green / amber / red, by week", s.trend()))
          .append("</div></section>");
    }
    return b.append("</body></html>\n").toString();
  }

  private static String pill(Status s) {
    return "<span class=\"pill " + s.name() + "\">" + s.name().toLowerCase(Locale.ROOT) + "</span>";
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }
}
