package org.sitrep.runbooks.format;

import java.util.Objects;
import java.util.Optional;

/** A value filled in once per checklist run and used as {@code {{name}}} in steps. */
public record Variable(String name, String description, Optional<String> defaultValue) {
  public Variable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultValue, "defaultValue");
  }
}
