package org.sitrep.model.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the team knows of its services and the restores it has practised (issue 22). */
public sealed interface ReadinessOperation extends Operation {

  /**
   * A service in its stored shape: a new (or revived) service writes every field, a known one only
   * the fields that differ from {@code before}.
   */
  record SaveService(
      String name, Map<String, Object> fields, Map<String, Object> before, boolean revive)
      implements ReadinessOperation {
    @Override
    public String entity() {
      return "service";
    }

    @Override
    public String entityId() {
      return name;
    }

    @Override
    public List<FieldWrite> writes() {
      List<FieldWrite> w = new ArrayList<>();
      if (revive) {
        w.add(new FieldWrite("deleted", false));
      }
      w.addAll(changed(fields, before));
      return w;
    }
  }

  /** A tombstone: the restore tests of the service stay, as history. */
  record RemoveService(String name) implements ReadinessOperation {
    @Override
    public String entity() {
      return "service";
    }

    @Override
    public String entityId() {
      return name;
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(new FieldWrite("deleted", true));
    }
  }

  /** A restore test started, finished or corrected: the fields that differ from {@code before}. */
  record SaveRestoreTest(String id, Map<String, Object> fields, Map<String, Object> before)
      implements ReadinessOperation {
    @Override
    public String entity() {
      return "restore_test";
    }

    @Override
    public String entityId() {
      return id;
    }

    @Override
    public List<FieldWrite> writes() {
      return changed(fields, before);
    }
  }

  private static List<FieldWrite> changed(Map<String, Object> after, Map<String, Object> before) {
    List<FieldWrite> w = new ArrayList<>();
    after.forEach(
        (field, value) -> {
          if (!before.containsKey(field) || !Objects.equals(before.get(field), value)) {
            w.add(new FieldWrite(field, value));
          }
        });
    return w;
  }
}
