package org.sitrep.model.action;

import java.util.List;
import org.sitrep.model.store.Workspace;

/** Marking action items done, and reading them; raising them is the job of what needs them. */
public final class ActionItemService {

  private final Workspace workspace;

  public ActionItemService(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Marks the item done and logs it on its incident; refuses one already done. */
  public ActionItem markDone(String actionItemId) {
    String by = workspace.operator();
    return workspace.write(tx -> ActionItemRepository.markDone(tx, actionItemId, by));
  }

  public List<ActionItem> forIncident(String incidentId) {
    return workspace.read(dsl -> ActionItemRepository.forIncident(dsl, incidentId));
  }
}
