package org.sitrep.model.action;

import static org.sitrep.model.store.schema.Tables.ACTION_ITEM;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.ActionItemRecord;
import org.sitrep.model.write.ActionItemOperation;

/**
 * Action items of incidents. Raising one and closing one each write a log entry, same transaction.
 */
public final class ActionItemRepository {

  private ActionItemRepository() {}

  /** Raises an open action item on {@code incidentId}, with its log entry, in the caller's tx. */
  public static ActionItem raise(
      WriteTx tx, String incidentId, ActionItem.Kind kind, String text, String source, String by) {
    return raise(tx, incidentId, kind, text, source, by, Tracking.NONE);
  }

  /** As above, with an owner, type, due date or tracker link already known. */
  public static ActionItem raise(
      WriteTx tx,
      String incidentId,
      ActionItem.Kind kind,
      String text,
      String source,
      String by,
      Tracking tracking) {
    if (text == null || text.isBlank()) {
      throw new org.sitrep.model.ChangeRefusedException("an action item needs a text");
    }
    LogEntry entry =
        LogRepository.append(
            tx, new Draft(incidentId, EventCode.ACTION_ITEM_RAISED, "Action item: " + text, by));
    Hlc hlc = tx.tick();
    Instant now = tx.wallTime();
    ActionItem item =
        new ActionItem(
            UUID.randomUUID().toString(),
            incidentId,
            tx.redact(text),
            kind,
            source,
            ActionItem.Status.OPEN,
            entry.id(),
            Optional.empty(),
            now,
            by,
            Optional.empty(),
            Optional.empty(),
            tracking);
    tx.apply(hlc, new ActionItemOperation.Raise(item));
    return item;
  }

  /** Marks an open item done, with its log entry; refuses one that is already done. */
  public static ActionItem markDone(WriteTx tx, String actionItemId, String by) {
    ActionItem item =
        find(tx.dsl(), actionItemId)
            .orElseThrow(
                () -> new org.sitrep.model.NotFoundException("no action item " + actionItemId));
    if (!item.isOpen()) {
      throw new org.sitrep.model.ChangeRefusedException(
          "action item " + actionItemId + " is already done");
    }
    LogEntry entry =
        LogRepository.append(
            tx,
            new Draft(item.incidentId(), EventCode.ACTION_ITEM_DONE, "Done: " + item.text(), by));
    Hlc hlc = tx.tick();
    Instant now = tx.wallTime();
    tx.apply(hlc, new ActionItemOperation.MarkDone(actionItemId, entry.id(), by, now));
    return find(tx.dsl(), actionItemId).orElseThrow();
  }

  /**
   * Sets the tracker link of the item raised by {@code createdEntryId} if it has none (a Jira issue
   * made for it by a delivery); no log entry: the delivery's own entry says so.
   */
  public static void trackIfUntracked(WriteTx tx, String createdEntryId, String trackerUrl) {
    Optional<ActionItem> item =
        tx.dsl()
            .selectFrom(ACTION_ITEM)
            .where(ACTION_ITEM.CREATED_ENTRY_ID.eq(createdEntryId))
            .fetchOptional(ActionItemRepository::toItem);
    if (item.isEmpty() || item.get().tracking().tracker().isPresent()) {
      return;
    }
    ActionItem found = item.get();
    tx.apply(
        new ActionItemOperation.Update(
            found.id(),
            found.tracking(),
            found.tracking().withTracker(Optional.of(trackerUrl)),
            found.status(),
            found.status()));
  }

  public static Optional<ActionItem> find(DSLContext dsl, String id) {
    return dsl.selectFrom(ACTION_ITEM)
        .where(ACTION_ITEM.ID.eq(id))
        .fetchOptional(ActionItemRepository::toItem);
  }

  /** An incident's action items, oldest first. */
  public static List<ActionItem> forIncident(DSLContext dsl, String incidentId) {
    return dsl.selectFrom(ACTION_ITEM)
        .where(ACTION_ITEM.INCIDENT_ID.eq(incidentId))
        .orderBy(ACTION_ITEM.CREATED_MS, ACTION_ITEM.ID)
        .fetch(ActionItemRepository::toItem);
  }

  /** The open item raised by {@code source} on this incident, if there is one. */
  public static Optional<ActionItem> openFrom(DSLContext dsl, String incidentId, String source) {
    return dsl.selectFrom(ACTION_ITEM)
        .where(
            ACTION_ITEM
                .INCIDENT_ID
                .eq(incidentId)
                .and(ACTION_ITEM.SOURCE.eq(source))
                .and(ACTION_ITEM.STATUS.ne(ActionItem.Status.DONE.name())))
        .limit(1)
        .fetchOptional(ActionItemRepository::toItem);
  }

  /** Every incident's action items, oldest first. */
  public static List<ActionItem> all(DSLContext dsl) {
    return dsl.selectFrom(ACTION_ITEM)
        .orderBy(ACTION_ITEM.CREATED_MS, ACTION_ITEM.ID)
        .fetch(ActionItemRepository::toItem);
  }

  /** Items not done whose due date is before {@code todayUtc}, the most overdue first. */
  public static List<ActionItem> overdue(DSLContext dsl, java.time.LocalDate todayUtc) {
    return dsl.selectFrom(ACTION_ITEM)
        .where(ACTION_ITEM.STATUS.ne(ActionItem.Status.DONE.name()))
        .and(ACTION_ITEM.DUE_DATE.lt(todayUtc.toString()))
        .orderBy(ACTION_ITEM.DUE_DATE, ACTION_ITEM.CREATED_MS)
        .fetch(ActionItemRepository::toItem);
  }

  static ActionItem toItem(ActionItemRecord r) {
    return new ActionItem(
        r.getId(),
        r.getIncidentId(),
        r.getText(),
        ActionItem.Kind.valueOf(r.getKind()),
        r.getSource(),
        ActionItem.Status.valueOf(r.getStatus()),
        r.getCreatedEntryId(),
        Optional.ofNullable(r.getDoneEntryId()),
        Instant.ofEpochMilli(r.getCreatedMs()),
        r.getCreatedBy(),
        Optional.ofNullable(r.getDoneMs()).map(Instant::ofEpochMilli),
        Optional.ofNullable(r.getDoneBy()),
        new Tracking(
            Optional.ofNullable(r.getOwner()),
            Optional.ofNullable(r.getActionType()).map(Tracking.Type::valueOf),
            Optional.ofNullable(r.getDueDate()).map(java.time.LocalDate::parse),
            Optional.ofNullable(r.getTrackerUrl())));
  }
}
