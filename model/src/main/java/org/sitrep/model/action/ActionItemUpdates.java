package org.sitrep.model.action;

import static org.sitrep.model.store.schema.Tables.ACTION_ITEM;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.WriteTx;

/**
 * Changes to an action item's owner, type, due date, tracker link and progress. Each changed field
 * is its own outbox record, so two laptops changing different fields both win; marking done stays
 * {@link ActionItemRepository#markDone} because it has its own entry and meaning.
 */
final class ActionItemUpdates {

  private ActionItemUpdates() {}

  static ActionItem update(
      WriteTx tx, String id, Tracking tracking, ActionItem.Status status, String by) {
    ActionItem item =
        ActionItemRepository.find(tx.dsl(), id)
            .orElseThrow(() -> new NotFoundException("no action item " + id));
    if (status == ActionItem.Status.DONE) {
      throw new ChangeRefusedException("mark an action item done with 'done', not an update");
    }
    if (!item.isOpen()) {
      throw new ChangeRefusedException("action item " + id + " is already done");
    }
    List<String> said = changes(item.tracking(), tracking);
    if (status != item.status()) {
      said.add("status " + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    if (said.isEmpty()) {
      return item;
    }
    LogRepository.append(
        tx,
        new Draft(
            item.incidentId(),
            EventCode.ACTION_ITEM_UPDATED,
            "Action item: " + item.text() + " — " + String.join(", ", said),
            by));
    Hlc hlc = tx.tick();
    tx.dsl()
        .update(ACTION_ITEM)
        .set(ACTION_ITEM.OWNER, tracking.owner().orElse(null))
        .set(ACTION_ITEM.ACTION_TYPE, tracking.type().map(Enum::name).orElse(null))
        .set(ACTION_ITEM.DUE_DATE, tracking.due().map(Object::toString).orElse(null))
        .set(ACTION_ITEM.TRACKER_URL, tracking.tracker().orElse(null))
        .set(ACTION_ITEM.STATUS, status.name())
        .set(ACTION_ITEM.UPDATED_HLC, hlc.packed())
        .where(ACTION_ITEM.ID.eq(id))
        .execute();
    recordTracking(tx, hlc, id, item.tracking(), tracking);
    if (status != item.status()) {
      tx.record(hlc, ActionItemRepository.ENTITY, id, "status", status.name());
    }
    return ActionItemRepository.find(tx.dsl(), id).orElseThrow();
  }

  /** One outbox record per field that differs from {@code before}. */
  static void recordTracking(WriteTx tx, Hlc hlc, String id, Tracking before, Tracking after) {
    String e = ActionItemRepository.ENTITY;
    if (!before.owner().equals(after.owner())) {
      tx.record(hlc, e, id, "owner", after.owner().orElse(null));
    }
    if (!before.type().equals(after.type())) {
      tx.record(hlc, e, id, "action_type", after.type().map(Enum::name).orElse(null));
    }
    if (!before.due().equals(after.due())) {
      tx.record(hlc, e, id, "due_date", after.due().map(Object::toString).orElse(null));
    }
    if (!before.tracker().equals(after.tracker())) {
      tx.record(hlc, e, id, "tracker_url", after.tracker().orElse(null));
    }
  }

  private static List<String> changes(Tracking before, Tracking after) {
    List<String> said = new ArrayList<>();
    if (!before.owner().equals(after.owner())) {
      said.add("owner " + after.owner().orElse("none"));
    }
    if (!before.type().equals(after.type())) {
      said.add("type " + after.type().map(Tracking.Type::label).orElse("none"));
    }
    if (!before.due().equals(after.due())) {
      said.add("due " + after.due().map(Object::toString).orElse("none"));
    }
    if (!before.tracker().equals(after.tracker())) {
      said.add("tracker " + after.tracker().orElse("none"));
    }
    return said;
  }
}
