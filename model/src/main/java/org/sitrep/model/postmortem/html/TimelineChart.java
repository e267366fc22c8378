package org.sitrep.model.postmortem.html;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.Times;

/**
 * The incident on one time axis, as an SVG image: the phases between milestones as coloured bars,
 * each milestone as a marker, and the significant entries as ticks that link to their entries.
 * Deterministic: the same incident gives the same bytes.
 */
public final class TimelineChart {

  static final int WIDTH = 960;
  static final int HEIGHT = 230;
  private static final double LEFT = 24;
  private static final double RIGHT = WIDTH - 24;
  private static final double PHASE_Y = 70;
  private static final double PHASE_H = 30;
  private static final double EVENT_Y = 122;
  private static final double AXIS_Y = 160;
  private static final String[] PHASES = {
    "until detected", "until acknowledged", "until mitigated", "until resolved"
  };
  private static final List<Duration> STEPS =
      List.of(1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080).stream()
          .map(Duration::ofMinutes)
          .toList();
  private static final DateTimeFormatter HH_MM =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MM-dd").withZone(ZoneOffset.UTC);

  static final String CSS =
      "text{font:12px system-ui,sans-serif;fill:#24292f}.t{font-weight:600;font-size:13px}"
          + ".p0{fill:#cf222e}.p1{fill:#bc4c00}.p2{fill:#bf8700}.p3{fill:#1a7f37}"
          + ".pl{fill:#fff;font-size:11px}.ms{fill:#24292f}.msl{stroke:#8c959f;stroke-dasharray:3 3}"
          + ".ax{stroke:#57606a}.tk{stroke:#8c959f}.al{fill:#57606a;font-size:11px}"
          + ".ev{stroke-width:2}.e-decision{stroke:#0969da;fill:#0969da}"
          + ".e-status{stroke:#8250df;fill:#8250df}.e-command{stroke:#cf222e;fill:#cf222e}"
          + ".e-page{stroke:#bc4c00;fill:#bc4c00}.e-other{stroke:#57606a;fill:#57606a}"
          + ".drill{fill:#9a6700;font-weight:700}";

  private TimelineChart() {}

  /** {@code entries}: the entries worth a tick (the draft's significant ones), in order. */
  public static String svg(Incident incident, List<LogEntry> entries) {
    Map<Milestone, Instant> ms = incident.milestones();
    List<Instant> all = new ArrayList<>(ms.values());
    all.add(incident.declaredAt());
    entries.forEach(e -> all.add(e.wallTime()));
    Instant from = all.stream().min(Instant::compareTo).orElseThrow();
    Instant to = all.stream().max(Instant::compareTo).orElseThrow();
    if (!to.isAfter(from.plusSeconds(60))) {
      to = from.plusSeconds(60);
    }
    Scale x = new Scale(from, to);
    String title =
        (incident.isDrill() ? "DRILL — " : "") + "Timeline of " + incident.id() + " (UTC)";
    SvgWriter svg = new SvgWriter(WIDTH, HEIGHT, title, CSS);
    svg.text(LEFT, 20, title, incident.isDrill() ? "t drill" : "t", "start");
    phases(svg, x, ms);
    milestones(svg, x, ms, incident);
    events(svg, x, entries);
    axis(svg, x);
    legend(svg);
    return svg.finish();
  }

  private static void phases(SvgWriter svg, Scale x, Map<Milestone, Instant> ms) {
    Milestone[] order = Milestone.values();
    for (int i = 0; i + 1 < order.length; i++) {
      Instant a = ms.get(order[i]);
      Instant b = ms.get(order[i + 1]);
      if (a == null || b == null || b.isBefore(a)) {
        continue;
      }
      double x0 = x.at(a);
      double w = x.at(b) - x0;
      svg.rect(x0, PHASE_Y, w, PHASE_H, "p" + i);
      if (w > 90) {
        svg.text(x0 + w / 2, PHASE_Y + 19, PHASES[i], "pl", "middle");
      }
    }
  }

  private static void milestones(
      SvgWriter svg, Scale x, Map<Milestone, Instant> ms, Incident incident) {
    int n = 0;
    for (Milestone m : Milestone.values()) {
      Instant at = ms.get(m);
      if (at == null) {
        continue;
      }
      double cx = x.at(at);
      svg.line(cx, PHASE_Y - 8, cx, AXIS_Y, "msl");
      svg.polygon(
          "ms", cx, PHASE_Y - 14, cx + 6, PHASE_Y - 8, cx, PHASE_Y - 2, cx - 6, PHASE_Y - 8);
      // Alternate label heights so milestones close together stay readable.
      double y = n++ % 2 == 0 ? PHASE_Y - 18 : PHASE_Y - 32;
      svg.text(cx, y, m.label() + " " + HH_MM.format(at), "al", anchor(cx));
    }
    double d = x.at(incident.declaredAt());
    svg.polygon("e-status", d, EVENT_Y + 14, d + 5, EVENT_Y + 22, d - 5, EVENT_Y + 22);
    svg.text(d, EVENT_Y + 34, "declared", "al", anchor(d));
  }

  private static void events(SvgWriter svg, Scale x, List<LogEntry> entries) {
    for (LogEntry e : entries) {
      double cx = x.at(e.wallTime());
      // The tooltip names the event, never the entry's text: the chart stays blameless and
      // redacted without a pass of its own; the link leads to the words.
      svg.openLink("sitrep://entry/" + e.id(), Times.utc(e.wallTime()) + " · " + e.event().code());
      svg.line(cx, EVENT_Y - 8, cx, EVENT_Y + 8, "ev e-" + group(e.kind()));
      svg.closeLink();
    }
  }

  private static void axis(SvgWriter svg, Scale x) {
    svg.line(LEFT, AXIS_Y, RIGHT, AXIS_Y, "ax");
    Duration span = Duration.between(x.from, x.to);
    Duration step = STEPS.get(STEPS.size() - 1);
    for (Duration s : STEPS) {
      if (span.dividedBy(s) <= 8) {
        step = s;
        break;
      }
    }
    long stepMs = step.toMillis();
    long first = (x.from.toEpochMilli() / stepMs + 1) * stepMs;
    String lastDay = "";
    for (long t = first; t <= x.to.toEpochMilli(); t += stepMs) {
      Instant at = Instant.ofEpochMilli(t);
      double cx = x.at(at);
      svg.line(cx, AXIS_Y, cx, AXIS_Y + 5, "tk");
      String day = DAY.format(at);
      String label = day.equals(lastDay) ? HH_MM.format(at) : day + " " + HH_MM.format(at);
      lastDay = day;
      svg.text(cx, AXIS_Y + 18, label, "al", "middle");
    }
  }

  private static void legend(SvgWriter svg) {
    double lx = LEFT;
    double y = HEIGHT - 18;
    for (int i = 0; i < PHASES.length; i++) {
      svg.rect(lx, y - 9, 12, 10, "p" + i);
      svg.text(lx + 16, y, PHASES[i], "al", "start");
      lx += PHASES[i].length() * 5.8 + 30;
    }
    String[][] kinds = {
      {"decision", "decision"},
      {"status", "status, severity, role"},
      {"command", "failed command"},
      {"page", "page"},
      {"other", "other"}
    };
    for (String[] k : kinds) {
      svg.line(lx + 5, y - 10, lx + 5, y + 1, "ev e-" + k[0]);
      svg.text(lx + 12, y, k[1], "al", "start");
      lx += k[1].length() * 5.6 + 24;
    }
  }

  static String group(EntryKind kind) {
    switch (kind) {
      case DECISION:
        return "decision";
      case STATUS:
      case SEVERITY:
      case ROLE:
      case MILESTONE:
        return "status";
      case COMMAND:
        return "command";
      case PAGE:
        return "page";
      default:
        return "other";
    }
  }

  private static String anchor(double cx) {
    return cx < LEFT + 60 ? "start" : cx > RIGHT - 60 ? "end" : "middle";
  }

  /** Instants to x positions between the margins. */
  private static final class Scale {
    final Instant from;
    final Instant to;

    Scale(Instant from, Instant to) {
      this.from = from;
      this.to = to;
    }

    double at(Instant t) {
      double span = to.toEpochMilli() - from.toEpochMilli();
      return LEFT + (RIGHT - LEFT) * (t.toEpochMilli() - from.toEpochMilli()) / span;
    }
  }
}
