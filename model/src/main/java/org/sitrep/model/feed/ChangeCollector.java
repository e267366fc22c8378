package org.sitrep.model.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers, during one write transaction, what it changes: one {@link Change} per entity, whatever
 * the number of fields written. Cheap on purpose: it runs for every outbox field of a bulk append.
 */
public final class ChangeCollector {

  /** Kinds whose id is the incident's id. */
  private static final java.util.Set<String> INCIDENT_KEYED =
      java.util.Set.of("incident", "drill", "postmortem");

  private final Map<Key, Change> changes = new HashMap<>();
  private final List<Key> order = new ArrayList<>();
  private Origin origin = Origin.LOCAL;
  private boolean everything;

  private record Key(String kind, String id) {}

  /**
   * A field written by this laptop. The incident comes from the id (incidents, drills,
   * postmortems), from an {@code incident}/{@code incident_id} field, or from the {@code incident}
   * key of an appended record.
   */
  public void field(String kind, String id, String field, Object value) {
    String incident = null;
    if (INCIDENT_KEYED.contains(kind)) {
      incident = id;
    } else if (("incident".equals(field) || "incident_id".equals(field))
        && value instanceof String s) {
      incident = s;
    } else if (value instanceof Map<?, ?> m && m.get("incident") instanceof String s) {
      incident = s;
    }
    add(kind, id, incident);
  }

  /** A change applied from another laptop, its incident already worked out. */
  public void remote(String kind, String id, String incidentId) {
    origin = Origin.SYNC;
    add(kind, id, incidentId);
  }

  /** Something changed that is not itemised (a snapshot loaded, parked records let through). */
  public void everything(Origin from) {
    origin = from;
    everything = true;
  }

  private void add(String kind, String id, String incident) {
    Key key = new Key(kind, id);
    Change had = changes.get(key);
    if (had == null) {
      changes.put(key, new Change(kind, id, incident));
      order.add(key);
    } else if (had.incidentId() == null && incident != null) {
      changes.put(key, new Change(kind, id, incident));
    }
  }

  public ChangeSet toChangeSet() {
    List<Change> list = new ArrayList<>(order.size());
    for (Key k : order) {
      list.add(changes.get(k));
    }
    return new ChangeSet(origin, list, everything);
  }
}
