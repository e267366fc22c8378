package org.sitrep.app.drill;

import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.drill.DrillClock;
import org.sitrep.model.drill.InjectState;
import org.sitrep.model.drill.InjectStatus;
import org.sitrep.runbooks.drill.Inject;
import org.sitrep.runbooks.drill.Upcoming;

/**
 * One scheduled inject as the facilitator sees it: what it is, when it is due (a drill time, or the
 * trigger it still waits for) and where it stands.
 *
 * @param text the whole inject as the players will see it (the label is cut to one line)
 * @param entryId the timeline entry that released it, once released
 * @param due true when it is pending and its time has come: the next tick releases it
 */
public record InjectRow(
    String injectId,
    String kind,
    String label,
    String text,
    String when,
    InjectStatus status,
    boolean due,
    Optional<String> entryId) {

  static InjectRow of(Upcoming u, Drill drill) {
    Inject i = u.inject();
    InjectState state = drill.inject(i.id());
    String when =
        u.dueAt()
            .map(DrillClock::say)
            .orElseGet(
                () ->
                    i.after()
                        .map(t -> "after " + t + plus(i.delay().plus(state.delay()).toMinutes()))
                        .orElse("—"));
    return new InjectRow(
        i.id(),
        i.kind().banner(),
        i.label(),
        i.from().map(f -> "from " + f + ": ").orElse("") + i.text().strip(),
        when,
        u.status(),
        u.due(),
        state.entryId());
  }

  private static String plus(long minutes) {
    return minutes > 0 ? " +" + minutes + "m" : "";
  }

  public boolean pending() {
    return status == InjectStatus.PENDING;
  }

  /** "pending", "DUE", "released", "skipped", "acknowledged". */
  public String state() {
    return due ? "DUE" : status.name().toLowerCase(Locale.ROOT);
  }
}
