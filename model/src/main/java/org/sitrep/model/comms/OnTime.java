package org.sitrep.model.comms;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How many of an incident's updates came when they were promised: "updates on time: 7 of 8". An
 * update is on time when it was sent by the time the previous update named (the first: one cadence
 * after the declaration); one after a final update was owed nothing and is on time.
 */
public record OnTime(int onTime, int sent) {

  public static OnTime of(Instant declaredAt, Duration cadence, List<SentUpdate> updates) {
    int kept = 0;
    Optional<Instant> due = Optional.of(declaredAt.plus(cadence));
    for (SentUpdate u : updates) {
      if (due.isEmpty() || !u.sentAt().isAfter(due.get())) {
        kept++;
      }
      due = u.nextUpdate();
    }
    return new OnTime(kept, updates.size());
  }

  public String say() {
    return "Updates on time: " + onTime + " of " + sent;
  }
}
