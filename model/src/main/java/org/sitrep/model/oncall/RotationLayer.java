package org.sitrep.model.oncall;

import java.util.List;

/** One layer of a rotation ("primary", "secondary"): who takes turns, in order. */
public record RotationLayer(String name, List<String> members) {

  public RotationLayer {
    name = name.strip().toLowerCase(java.util.Locale.ROOT);
    members = members.stream().map(String::strip).toList();
  }
}
