package org.sitrep.model.postmortem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.log.Times;

/**
 * Time to detect, acknowledge, mitigate and resolve, each measured from the start of the impact
 * (the {@code started} milestone), as the milestone enum documents. Instants are absolute (UTC), so
 * midnight and back-dating need no special case; what does need checking is the order, because
 * milestones synced from two laptops can disagree.
 *
 * <p>A commander rarely knows when the impact started while declaring, so the figures fall back
 * rather than go blank (ADR 0027): without {@code started} they are measured from {@code detected},
 * else from the declaration; without {@code detected}, time to detect runs to the declaration
 * (declaring proves the incident had been noticed). Each fallback and each missing figure carries a
 * note saying why and which command fills it.
 *
 * @param declared when the incident was declared; empty only for bare milestone sets in tests
 */
public record IncidentMetrics(Map<Milestone, Instant> milestones, Optional<Instant> declared) {

  /**
   * One figure.
   *
   * @param from the label of the moment it is measured from ("started", "detected", "declared")
   * @param to the label of the moment it is measured to
   * @param span empty when either end is missing
   * @param note why a figure is measured from a stand-in or missing, and how to fill it; empty when
   *     both ends are the milestones the figure is named for
   */
  public record Metric(
      String name,
      Milestone until,
      String from,
      String to,
      Optional<Duration> span,
      Optional<String> note) {

    /** The figure as a reader sees it: the span, or "not recorded", with the note after a dash. */
    public String say() {
      return span.map(IncidentMetrics::say).orElse("not recorded")
          + note.map(n -> " — " + n).orElse("");
    }
  }

  public IncidentMetrics {
    milestones = Map.copyOf(milestones);
  }

  public IncidentMetrics(Map<Milestone, Instant> milestones) {
    this(milestones, Optional.empty());
  }

  public static IncidentMetrics of(Incident incident) {
    return new IncidentMetrics(incident.milestones(), Optional.of(incident.declaredAt()));
  }

  public List<Metric> metrics() {
    return List.of(
        detect(),
        metric("Time to acknowledge", Milestone.ACKNOWLEDGED),
        metric("Time to mitigate", Milestone.MITIGATED),
        metric("Time to resolve", Milestone.RESOLVED));
  }

  /** Pairs of recorded milestones that are out of order, said in words; empty when all is well. */
  public List<String> orderProblems() {
    List<String> problems = new ArrayList<>();
    Milestone[] all = Milestone.values();
    for (int i = 0; i < all.length; i++) {
      for (int j = i + 1; j < all.length; j++) {
        Instant earlier = milestones.get(all[i]);
        Instant later = milestones.get(all[j]);
        if (earlier != null && later != null && later.isBefore(earlier)) {
          problems.add(
              all[j].label()
                  + " ("
                  + Times.utc(later)
                  + ") is before "
                  + all[i].label()
                  + " ("
                  + Times.utc(earlier)
                  + ")");
        }
      }
    }
    return problems;
  }

  private Metric detect() {
    String name = "Time to detect";
    Instant started = milestones.get(Milestone.STARTED);
    Instant detected = milestones.get(Milestone.DETECTED);
    if (started == null) {
      return new Metric(
          name,
          Milestone.DETECTED,
          "started",
          "detected",
          Optional.empty(),
          Optional.of("when the impact started is unknown: " + fill(Milestone.STARTED)));
    }
    if (detected == null && declared.isPresent()) {
      return new Metric(
          name,
          Milestone.DETECTED,
          "started",
          "declared",
          Optional.of(Duration.between(started, declared.get())),
          Optional.of(
              "measured to the declaration, detection not recorded: " + fill(Milestone.DETECTED)));
    }
    return span(name, Milestone.DETECTED, "started", started, Optional.empty());
  }

  private Metric metric(String name, Milestone until) {
    Instant started = milestones.get(Milestone.STARTED);
    if (started != null) {
      return span(name, until, "started", started, Optional.empty());
    }
    Instant detected = milestones.get(Milestone.DETECTED);
    String stand = "impact start not recorded, so measured from the ";
    if (detected != null) {
      return span(
          name, until, "detected", detected, Optional.of(stand + "detection: " + startHint()));
    }
    if (declared.isPresent()) {
      return span(
          name,
          until,
          "declared",
          declared.get(),
          Optional.of(stand + "declaration: " + startHint()));
    }
    return new Metric(
        name,
        until,
        "started",
        until.label(),
        Optional.empty(),
        Optional.of("when the impact started is unknown: " + fill(Milestone.STARTED)));
  }

  private Metric span(
      String name, Milestone until, String fromLabel, Instant from, Optional<String> standIn) {
    Instant to = milestones.get(until);
    if (to == null) {
      return new Metric(
          name, until, fromLabel, until.label(), Optional.empty(), Optional.of(missing(until)));
    }
    return new Metric(
        name, until, fromLabel, until.label(), Optional.of(Duration.between(from, to)), standIn);
  }

  private static String startHint() {
    return fill(Milestone.STARTED) + " if it began earlier";
  }

  /** Why a milestone is missing and the command that records it. */
  static String missing(Milestone until) {
    if (until == Milestone.RESOLVED) {
      return "not resolved yet: `/status resolved` records it, or " + fill(until);
    }
    return "no " + until.label() + " milestone yet: " + fill(until);
  }

  private static String fill(Milestone m) {
    return "set it with `/milestone " + m.label() + " HH:MM`";
  }

  /** "2 h 05 min 30 s", "1 d 3 h 00 min 00 s", "−4 min 00 s": what a reader skims for. */
  public static String say(Duration d) {
    String sign = d.isNegative() ? "−" : "";
    long s = Math.abs(d.getSeconds());
    long days = s / 86_400;
    long hours = s % 86_400 / 3600;
    long minutes = s % 3600 / 60;
    long seconds = s % 60;
    StringBuilder out = new StringBuilder(sign);
    if (days > 0) {
      out.append(days).append(" d ");
    }
    if (days > 0 || hours > 0) {
      out.append(hours).append(" h ");
      out.append(String.format("%02d min ", minutes));
    } else {
      out.append(minutes).append(" min ");
    }
    return out.append(String.format("%02d s", seconds)).toString();
  }
}
