package org.sitrep.model.delivery;

import org.sitrep.model.action.ActionItemRepository;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.store.WriteTx;

/**
 * A Jira issue made for an action item is kept on the item as its tracker link ({@code
 * <jira>/browse/OPS-12}: the key, where a reader can open it), unless someone already tracks the
 * item elsewhere. The postmortem and the window show the tracker link; a synced field, so every
 * laptop sees the key.
 */
final class ActionItemIssues {

  private ActionItemIssues() {}

  /** After {@code d} was sent to {@code target} and the target answered {@code key}. */
  static void keep(WriteTx tx, Delivery d, DeliveryTarget target, String key) {
    if (target.kind() != TargetKind.JIRA
        || !EventCode.ACTION_ITEM_RAISED.code().equals(d.event())
        || target.url().isEmpty()) {
      return;
    }
    String base = target.url().get().replaceAll("/+$", "");
    ActionItemRepository.trackIfUntracked(tx, d.entryId(), base + "/browse/" + key);
  }
}
