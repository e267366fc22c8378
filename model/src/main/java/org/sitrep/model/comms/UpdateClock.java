package org.sitrep.model.comms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.Role;

/**
 * Who owes the next stakeholder update of an incident, and by when. The first update is owed one
 * cadence after the incident was declared; each later one by the time the previous update named. A
 * final update (resolved, follow-up) owes nothing more. One promise per incident, whatever the
 * audience: the communicator keeps one rhythm (ADR 22).
 *
 * @param owner the communicator, or the commander while nobody holds that role
 * @param promisedBy the update that made the promise; empty for the first update's cadence
 */
public record UpdateClock(
    String incidentId,
    Optional<String> owner,
    Optional<Instant> due,
    Optional<SentUpdate> promisedBy) {

  static UpdateClock of(Incident incident, List<SentUpdate> updates, Duration cadence) {
    Optional<String> owner =
        incident.holder(Role.COMMUNICATOR).or(() -> incident.holder(Role.COMMANDER));
    if (updates.isEmpty()) {
      return new UpdateClock(
          incident.id(),
          owner,
          incident.status().isActive()
              ? Optional.of(incident.declaredAt().plus(cadence))
              : Optional.empty(),
          Optional.empty());
    }
    SentUpdate last = updates.get(updates.size() - 1);
    return new UpdateClock(incident.id(), owner, last.nextUpdate(), Optional.of(last));
  }

  public boolean isOverdue(Instant now) {
    return due.isPresent() && now.isAfter(due.get());
  }

  /** Time left until the next update (negative when overdue); empty when none is owed. */
  public Optional<Duration> left(Instant now) {
    return due.map(d -> Duration.between(now, d));
  }

  /** "Dana owes the next update by 14:30 UTC (12 min)", "No update owed". */
  public String say(Instant now) {
    if (due.isEmpty()) {
      return "No update owed";
    }
    Duration left = Duration.between(now, due.get());
    String who = owner.map(o -> o + " owes").orElse("Nobody holds comms: someone owes");
    String when = TemplateFill.when(due.get(), now);
    return left.isNegative()
        ? who + " the next update: OVERDUE since " + when + " (" + minutes(left.negated()) + ")"
        : who + " the next update by " + when + " (in " + minutes(left) + ")";
  }

  private static String minutes(Duration d) {
    long s = d.getSeconds();
    return s < 60 ? s + " s" : TemplateFill.elapsed(d);
  }
}
