package org.sitrep.model.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.action.Tracking;

/** Follow-up work raised on an incident: raised, tracked, done. */
public sealed interface ActionItemOperation extends Operation {

  String ENTITY = "action_item";

  String actionItemId();

  @Override
  default String entity() {
    return ENTITY;
  }

  @Override
  default String entityId() {
    return actionItemId();
  }

  /** A new open item, with the tracking facts already known. */
  record Raise(ActionItem item) implements ActionItemOperation {
    @Override
    public String actionItemId() {
      return item.id();
    }

    @Override
    public List<FieldWrite> writes() {
      List<FieldWrite> w = tracking(Tracking.NONE, item.tracking());
      w.add(new FieldWrite("incident_id", item.incidentId()));
      w.add(new FieldWrite("text", item.text()));
      w.add(new FieldWrite("kind", item.kind().name()));
      w.add(new FieldWrite("source", item.source()));
      w.add(new FieldWrite("status", item.status().name()));
      w.add(new FieldWrite("created_entry_id", item.createdEntryId()));
      w.add(new FieldWrite("created_by", item.createdBy()));
      w.add(new FieldWrite("created_ms", item.createdAt().toEpochMilli()));
      return w;
    }
  }

  /** Owner, type, due date, tracker link or status changed: only what differs is written. */
  record Update(
      String actionItemId,
      Tracking before,
      Tracking after,
      ActionItem.Status statusBefore,
      ActionItem.Status statusAfter)
      implements ActionItemOperation {
    @Override
    public List<FieldWrite> writes() {
      List<FieldWrite> w = tracking(before, after);
      if (statusAfter != statusBefore) {
        w.add(new FieldWrite("status", statusAfter.name()));
      }
      return w;
    }
  }

  record MarkDone(String actionItemId, String doneEntryId, String by, Instant at)
      implements ActionItemOperation {
    @Override
    public List<FieldWrite> writes() {
      return List.of(
          new FieldWrite("status", ActionItem.Status.DONE.name()),
          new FieldWrite("done_entry_id", doneEntryId),
          new FieldWrite("done_by", by),
          new FieldWrite("done_ms", at.toEpochMilli()));
    }
  }

  private static List<FieldWrite> tracking(Tracking before, Tracking after) {
    List<FieldWrite> w = new ArrayList<>();
    if (!before.owner().equals(after.owner())) {
      w.add(new FieldWrite("owner", after.owner().orElse(null)));
    }
    if (!before.type().equals(after.type())) {
      w.add(new FieldWrite("action_type", after.type().map(Enum::name).orElse(null)));
    }
    if (!before.due().equals(after.due())) {
      w.add(new FieldWrite("due_date", after.due().map(Object::toString).orElse(null)));
    }
    if (!before.tracker().equals(after.tracker())) {
      w.add(new FieldWrite("tracker_url", after.tracker().orElse(null)));
    }
    return w;
  }
}
