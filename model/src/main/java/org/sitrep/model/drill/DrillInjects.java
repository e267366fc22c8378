package org.sitrep.model.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.write.DrillOperation;

/**
 * Release, skip, delay and acknowledge one inject. Each is one transaction with its timeline entry;
 * a released inject reads in the timeline as the players would meet it in real life, marked DRILL.
 */
public final class DrillInjects {

  private final DrillService drills;

  public DrillInjects(DrillService drills) {
    this.drills = drills;
  }

  /**
   * Puts the inject into the timeline as {@code text} (the caller's rendering of it, e.g. "ALERT:
   * disk 95% on pg-2").
   */
  public LogEntry release(String incidentId, String injectId, String text) {
    return drills
        .workspace()
        .write(
            tx -> {
              Drill d = DrillService.running(tx, incidentId);
              InjectState s = d.inject(injectId);
              if (s.status().settled()) {
                throw new ChangeRefusedException(
                    "inject " + injectId + " is already " + s.status().name().toLowerCase());
              }
              Instant now = tx.wallTime();
              LogEntry entry =
                  drills.appendAsScenario(
                      tx, d, EventCode.DRILL_INJECT_RELEASED, "DRILL INJECT — " + text);
              save(
                  tx,
                  incidentId,
                  new InjectState(
                      injectId,
                      InjectStatus.RELEASED,
                      s.delay(),
                      Optional.of(now),
                      Optional.of(d.clock().at(now)),
                      Optional.of(entry.id()),
                      Optional.empty()));
              return entry;
            });
  }

  public LogEntry skip(String incidentId, String injectId, String label) {
    return drills
        .workspace()
        .write(
            tx -> {
              Drill d = DrillService.running(tx, incidentId);
              InjectState s = d.inject(injectId);
              if (s.status().settled()) {
                throw new ChangeRefusedException(
                    "inject " + injectId + " is already " + s.status().name().toLowerCase());
              }
              save(tx, incidentId, withStatus(s, InjectStatus.SKIPPED, Optional.empty()));
              return drills.append(
                  tx,
                  incidentId,
                  EventCode.DRILL_INJECT_SKIPPED,
                  "DRILL — facilitator skipped inject " + injectId + " (" + label + ")");
            });
  }

  /** Pushes a pending inject back by {@code by} more drill time. */
  public LogEntry delay(String incidentId, String injectId, Duration by) {
    if (by.isNegative() || by.isZero()) {
      throw new ChangeRefusedException("a delay must be longer than zero");
    }
    return drills
        .workspace()
        .write(
            tx -> {
              Drill d = DrillService.running(tx, incidentId);
              InjectState s = d.inject(injectId);
              if (s.status().settled()) {
                throw new ChangeRefusedException(
                    "inject " + injectId + " is already " + s.status().name().toLowerCase());
              }
              Duration total = s.delay().plus(by);
              save(
                  tx,
                  incidentId,
                  new InjectState(
                      injectId,
                      InjectStatus.PENDING,
                      total,
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty()));
              return drills.append(
                  tx,
                  incidentId,
                  EventCode.DRILL_INJECT_DELAYED,
                  "DRILL — facilitator delayed inject "
                      + injectId
                      + " by "
                      + by.toMinutes()
                      + " min (now "
                      + total.toMinutes()
                      + " min late)");
            });
  }

  /** The players acted on a released inject: counted on the scorecard. */
  public LogEntry acknowledge(String incidentId, String injectId) {
    String author = drills.workspace().operator();
    return drills
        .workspace()
        .write(
            tx -> {
              Drill d = DrillService.running(tx, incidentId);
              InjectState s = d.inject(injectId);
              if (s.status() != InjectStatus.RELEASED) {
                throw new ChangeRefusedException(
                    "only a released inject can be acknowledged; "
                        + injectId
                        + " is "
                        + s.status().name().toLowerCase());
              }
              Instant now = tx.wallTime();
              save(tx, incidentId, withStatus(s, InjectStatus.ACKNOWLEDGED, Optional.of(now)));
              return drills.append(
                  tx,
                  incidentId,
                  EventCode.DRILL_INJECT_ACKNOWLEDGED,
                  "DRILL — inject " + injectId + " acknowledged (noted by " + author + ")");
            });
  }

  private static InjectState withStatus(InjectState s, InjectStatus to, Optional<Instant> acked) {
    return new InjectState(
        s.injectId(), to, s.delay(), s.releasedAt(), s.releasedAtDrillTime(), s.entryId(), acked);
  }

  private static void save(WriteTx tx, String incidentId, InjectState s) {
    tx.apply(new DrillOperation.SaveInject(incidentId, s));
  }
}
