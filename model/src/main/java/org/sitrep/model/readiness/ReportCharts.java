package org.sitrep.model.readiness;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Inline SVG charts for the readiness report: no script, no fonts or files fetched, so the page
 * prints and reads the same offline.
 */
final class ReportCharts {

  static final int WIDTH = 520;
  static final int HEIGHT = 150;
  private static final int LEFT = 48;
  private static final int BOTTOM = 24;

  private ReportCharts() {}

  /**
   * One bar per restore test (achieved RTO or RPO, in minutes) against the objective's dashed line;
   * a drill is drawn hatched and labelled, so it is never read as a real restore.
   */
  static String restoreBars(
      String title, List<RestoreTest> tests, boolean rto, Duration objective, String zone) {
    List<RestoreTest> shown =
        tests.stream().filter(t -> (rto ? t.achievedRto() : t.achievedRpo()).isPresent()).toList();
    StringBuilder b = open(title);
    if (shown.isEmpty()) {
      return b.append(text(LEFT, 70, "no finished restore test yet", "muted"))
          .append("</svg>")
          .toString();
    }
    double max = objective.toMinutes();
    for (RestoreTest t : shown) {
      max = Math.max(max, minutes(t, rto));
    }
    max = Math.max(1, max * 1.15);
    int plot = HEIGHT - BOTTOM - 20;
    int slot = Math.min(60, (WIDTH - LEFT - 10) / shown.size());
    for (int i = 0; i < shown.size(); i++) {
      RestoreTest t = shown.get(i);
      double m = minutes(t, rto);
      int h = (int) Math.round(plot * m / max);
      int x = LEFT + i * slot + 4;
      int y = HEIGHT - BOTTOM - h;
      boolean drill = t.kind() == RestoreTest.Kind.DRILL;
      boolean missed = m > objective.toMinutes() || t.result() == RestoreTest.Result.FAILED;
      String cls = (missed ? "bar missed" : "bar met") + (drill ? " drill" : "");
      b.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\">"
                  + "<title>%s: %s%s</title></rect>",
              cls,
              x,
              y,
              slot - 8,
              Math.max(h, 1),
              Spans.date(t.startedAt(), java.time.ZoneId.of(zone)),
              Spans.of(Duration.ofSeconds((long) (m * 60))),
              drill ? " (drill)" : ""));
      b.append(
          text(
              x,
              HEIGHT - 8,
              t.startedAt().atZone(java.time.ZoneId.of(zone)).toLocalDate().toString().substring(5)
                  + (drill ? " drill" : ""),
              "axis"));
    }
    int oy = HEIGHT - BOTTOM - (int) Math.round(plot * objective.toMinutes() / max);
    b.append(
        String.format(
            Locale.ROOT,
            "<line class=\"objective\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
            LEFT,
            oy,
            WIDTH - 4,
            oy));
    b.append(text(2, oy + 4, (rto ? "RTO " : "RPO ") + Spans.of(objective), "axis"));
    return b.append("</svg>").toString();
  }

  /** Stacked bars, one per week: how many checks were green, amber and red. */
  static String trend(String title, List<ReadinessReport.TrendPoint> points) {
    StringBuilder b = open(title);
    if (points.isEmpty()) {
      return b.append("</svg>").toString();
    }
    int plot = HEIGHT - BOTTOM - 20;
    int slot = (WIDTH - LEFT - 10) / points.size();
    for (int i = 0; i < points.size(); i++) {
      ReadinessReport.TrendPoint p = points.get(i);
      int total = Math.max(1, p.green() + p.amber() + p.red());
      int x = LEFT + i * slot + 2;
      int y = HEIGHT - BOTTOM;
      int[] counts = {p.green(), p.amber(), p.red()};
      String[] cls = {"green", "amber", "red"};
      for (int k = 0; k < 3; k++) {
        int h = plot * counts[k] / total;
        y -= h;
        b.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>",
                cls[k],
                x,
                y,
                slot - 4,
                h));
      }
      if (i % 2 == points.size() % 2 || i == points.size() - 1) {
        b.append(text(x, HEIGHT - 8, p.date().toString().substring(5), "axis"));
      }
    }
    return b.append("</svg>").toString();
  }

  private static double minutes(RestoreTest t, boolean rto) {
    Optional<Duration> d = rto ? t.achievedRto() : t.achievedRpo();
    return d.map(x -> x.toSeconds() / 60.0).orElse(0.0);
  }

  private static StringBuilder open(String title) {
    return new StringBuilder()
        .append(
            String.format(
                Locale.ROOT,
                "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\">"
                    + "<title>%s</title>",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT,
                ReportHtml.escape(title)))
        .append(text(LEFT, 14, title, "caption"));
  }

  private static String text(int x, int y, String s, String cls) {
    return String.format(
        Locale.ROOT,
        "<text class=\"%s\" x=\"%d\" y=\"%d\">%s</text>",
        cls,
        x,
        y,
        ReportHtml.escape(s));
  }
}
