package org.sitrep.model.action;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.store.Workspace;

/** Raising follow-ups, tracking them (owner, type, due, tracker), marking them done, reading. */
public final class ActionItemService {

  /** What a hand-made item's {@code source} says: raised by a person, not by a feature. */
  public static final String BY_HAND = "by-hand";

  private final Workspace workspace;

  public ActionItemService(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Raises a follow-up on {@code incidentId} with its log entry; refuses an unknown incident. */
  public ActionItem add(String incidentId, String text, Tracking tracking) {
    String by = workspace.operator();
    return workspace.write(
        tx -> {
          IncidentRepository.get(tx.dsl(), incidentId);
          return ActionItemRepository.raise(
              tx, incidentId, ActionItem.Kind.FOLLOW_UP, text.strip(), BY_HAND, by, tracking);
        });
  }

  /** Changes owner, type, due date, tracker link or progress; one log entry names the changes. */
  public ActionItem update(String actionItemId, Tracking tracking, ActionItem.Status status) {
    String by = workspace.operator();
    return workspace.write(tx -> ActionItemUpdates.update(tx, actionItemId, tracking, status, by));
  }

  /** Marks the item done and logs it on its incident; refuses one already done. */
  public ActionItem markDone(String actionItemId) {
    String by = workspace.operator();
    return workspace.write(tx -> ActionItemRepository.markDone(tx, actionItemId, by));
  }

  public List<ActionItem> forIncident(String incidentId) {
    return workspace.read(dsl -> ActionItemRepository.forIncident(dsl, incidentId));
  }

  public List<ActionItem> all() {
    return workspace.read(ActionItemRepository::all);
  }

  /** Items past their due date and not done, as of this laptop's clock (UTC days). */
  public List<ActionItem> overdue() {
    LocalDate today = LocalDate.ofInstant(workspace.wallClock().instant(), ZoneOffset.UTC);
    return workspace.read(dsl -> ActionItemRepository.overdue(dsl, today));
  }
}
