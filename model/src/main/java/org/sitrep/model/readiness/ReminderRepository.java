package org.sitrep.model.readiness;

import static org.sitrep.model.store.schema.Tables.READINESS_REMINDER;

import java.util.List;
import org.jooq.DSLContext;
import org.sitrep.model.store.WriteTx;

/** Readiness reminders raised on this laptop (local rows: not synced). */
public final class ReminderRepository {

  static final String ENTITY = "readiness_reminder";

  private ReminderRepository() {}

  /** Stores {@code r} unless its occasion was reminded of already; true when it is new. */
  public static boolean raise(WriteTx tx, ReadinessReminder r) {
    int inserted =
        tx.dsl()
            .insertInto(READINESS_REMINDER)
            .set(READINESS_REMINDER.KEY, r.key())
            .set(READINESS_REMINDER.SERVICE, r.service())
            .set(READINESS_REMINDER.KIND, r.kind().name())
            .set(READINESS_REMINDER.TEXT, r.text())
            .set(READINESS_REMINDER.RAISED_MS, tx.wallTime().toEpochMilli())
            .onConflictDoNothing()
            .execute();
    if (inserted > 0) {
      tx.changedLocally(ENTITY, r.key(), null);
    }
    return inserted > 0;
  }

  /** The reminders not dismissed, oldest first. */
  public static List<ReadinessReminder> open(DSLContext dsl) {
    return dsl.selectFrom(READINESS_REMINDER)
        .where(READINESS_REMINDER.DISMISSED_MS.isNull())
        .orderBy(READINESS_REMINDER.RAISED_MS, READINESS_REMINDER.KEY)
        .fetch(
            r ->
                new ReadinessReminder(
                    r.getKey(),
                    r.getService(),
                    ReadinessReminder.Kind.valueOf(r.getKind()),
                    r.getText()));
  }

  public static void dismiss(WriteTx tx, String key) {
    tx.dsl()
        .update(READINESS_REMINDER)
        .set(READINESS_REMINDER.DISMISSED_MS, tx.wallTime().toEpochMilli())
        .where(READINESS_REMINDER.KEY.eq(key))
        .execute();
    tx.changedLocally(ENTITY, key, null);
  }
}
