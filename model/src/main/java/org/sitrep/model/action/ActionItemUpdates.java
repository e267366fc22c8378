package org.sitrep.model.action;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.write.ActionItemOperation;

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
    tx.apply(
        hlc, new ActionItemOperation.Update(id, item.tracking(), tracking, item.status(), status));
    return ActionItemRepository.find(tx.dsl(), id).orElseThrow();
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
