package org.sitrep.model.postmortem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.log.Times;

/**
 * Time to detect, acknowledge, mitigate and resolve, each measured from the start of the impact
 * (the {@code started} milestone), as the milestone enum documents. Instants are absolute (UTC), so
 * midnight and back-dating need no special case; what does need checking is the order, because
 * milestones synced from two laptops can disagree.
 */
public record IncidentMetrics(Map<Milestone, Instant> milestones) {

  /** One figure: the span from started to {@code until}, empty when either end is missing. */
  public record Metric(String name, Milestone until, Optional<Duration> span) {}

  public IncidentMetrics {
    milestones = Map.copyOf(milestones);
  }

  public List<Metric> metrics() {
    return List.of(
        metric("Time to detect", Milestone.DETECTED),
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

  private Metric metric(String name, Milestone until) {
    Instant from = milestones.get(Milestone.STARTED);
    Instant to = milestones.get(until);
    return new Metric(
        name,
        until,
        from == null || to == null ? Optional.empty() : Optional.of(Duration.between(from, to)));
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
