package org.sitrep.model.feed;

import java.util.List;

/**
 * What one committed transaction changed. {@code everything} is set when the details are not known
 * (another process wrote the file, a snapshot was loaded): a watcher then re-reads what it shows.
 */
public record ChangeSet(Origin origin, List<Change> changes, boolean everything) {

  public ChangeSet {
    changes = List.copyOf(changes);
  }

  /** Something changed, nobody here knows what. */
  public static ChangeSet everything(Origin origin) {
    return new ChangeSet(origin, List.of(), true);
  }

  /** Whether anything of {@code incidentId} may have changed. */
  public boolean touchesIncident(String incidentId) {
    if (everything) {
      return true;
    }
    for (Change c : changes) {
      if (incidentId.equals(c.incidentId())) {
        return true;
      }
    }
    return false;
  }

  /** Whether anything of one of {@code kinds} may have changed. */
  public boolean touchesKind(String... kinds) {
    if (everything) {
      return true;
    }
    for (Change c : changes) {
      for (String kind : kinds) {
        if (kind.equals(c.kind())) {
          return true;
        }
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return !everything && changes.isEmpty();
  }
}
