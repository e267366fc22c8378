package org.sitrep.runbooks.format;

import java.util.Objects;

/**
 * The command of a step: a code block indented under it. {@code language} is the fence's first word
 * ({@code sh}, {@code sql}…), empty when the fence names none.
 */
public record Command(String language, String text) {
  public Command {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
  }
}
