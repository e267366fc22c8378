package org.sitrep.model.notify;

import static java.util.stream.Collectors.joining;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.Record;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;

/**
 * Raises an alert for each new log entry a responder must not miss while looking elsewhere: a
 * page's timer ran out (call the next person), a drill inject was released, a status update is due.
 * It watches the change feed, so entries written by the domain scheduler, by sync or by the command
 * line on the same file all count; entries from before it started are never replayed.
 */
public final class LogAlerts {

  /** The entries worth interrupting someone for. */
  public static final Set<EventCode> ALERTING =
      EnumSet.of(
          EventCode.PAGE_TIMER_EXPIRED,
          EventCode.DRILL_INJECT_RELEASED,
          EventCode.COMMS_UPDATE_DUE);

  private final Workspace workspace;
  private final Notifications notifications;
  private final AtomicLong seen = new AtomicLong();

  public LogAlerts(Workspace workspace, Notifications notifications) {
    this.workspace = workspace;
    this.notifications = notifications;
  }

  /** Starts watching; entries already in the log are not raised. */
  public Subscription watch() {
    seen.set(workspace.read(db -> highestRow(db)));
    return workspace
        .changes()
        .subscribe(
            changes -> {
              if (changes.touchesKind(LogRepository.ENTITY)) {
                raiseNew();
              }
            });
  }

  /** Raises every alerting entry written since the last look; returns how many. */
  public synchronized int raiseNew() {
    long after = seen.get();
    // One read: the highest row and the alerting rows up to it come from the same snapshot, so an
    // entry committed in between is neither skipped nor raised twice.
    long[] upTo = new long[1];
    List<Record> rows =
        workspace.read(
            db -> {
              upTo[0] = highestRow(db);
              return db.fetch(
                  "SELECT l.event, l.text, l.incident_id, i.title, i.kind"
                      + " FROM log_entry l JOIN incident i ON i.id = l.incident_id"
                      + " WHERE l.row_no > ? AND l.row_no <= ? AND l.event IN ("
                      + ALERTING.stream().map(c -> "'" + c.code() + "'").collect(joining(", "))
                      + ") ORDER BY l.row_no",
                  after,
                  upTo[0]);
            });
    seen.set(Math.max(after, upTo[0]));
    for (Record r : rows) {
      EventCode code = EventCode.ofCode(r.get(0, String.class));
      // A drill says so, unless the title already does ("Drill inject: …").
      boolean markDrill =
          "DRILL".equals(r.get(4, String.class)) && code != EventCode.DRILL_INJECT_RELEASED;
      String incident = (markDrill ? "DRILL — " : "") + r.get(3, String.class);
      notifications.raise(
          new Alert(
              title(code) + ": " + incident,
              r.get(1, String.class),
              code == EventCode.PAGE_TIMER_EXPIRED ? Alert.Urgency.CRITICAL : Alert.Urgency.NORMAL,
              Optional.of(r.get(2, String.class))));
    }
    return rows.size();
  }

  private static String title(EventCode code) {
    switch (code) {
      case PAGE_TIMER_EXPIRED:
        return "Page not answered";
      case DRILL_INJECT_RELEASED:
        return "Drill inject";
      default:
        return "Status update due";
    }
  }

  private static long highestRow(org.jooq.DSLContext db) {
    Long max = db.fetchOne("SELECT max(row_no) FROM log_entry").get(0, Long.class);
    return max == null ? 0 : max;
  }
}
