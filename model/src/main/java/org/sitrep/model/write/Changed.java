package org.sitrep.model.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The fields of an entity's new state that differ from what was stored. */
final class Changed {

  private Changed() {}

  /** A field is written when its value differs from the stored one (absent reads as null). */
  static List<FieldWrite> fields(Map<String, Object> before, Map<String, Object> after) {
    List<FieldWrite> w = new ArrayList<>();
    after.forEach(
        (field, value) -> {
          if (!Objects.equals(before.get(field), value)) {
            w.add(new FieldWrite(field, value));
          }
        });
    return w;
  }
}
