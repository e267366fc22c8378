package org.sitrep.runbooks.format;

import java.util.Locale;
import java.util.Optional;

/** What a step asks of the responder, from its marker: {@code (decision)}, {@code (verify)}… */
public enum StepKind {
  /** No marker: something to do. */
  TASK,
  /** {@code (decision)}: a choice to record. */
  DECISION,
  /** {@code (verify)}: a check whose result matters. */
  VERIFY,
  /** {@code (optional)}: may be skipped without giving a reason. */
  OPTIONAL;

  /** The marker word as written in a runbook, e.g. {@code verify}; empty for {@link #TASK}. */
  public String marker() {
    return this == TASK ? "" : name().toLowerCase(Locale.ROOT);
  }

  /** The kind a marker word names, ignoring case; empty for unknown words (they are plain text). */
  public static Optional<StepKind> ofMarker(String word) {
    for (StepKind kind : values()) {
      if (kind != TASK && kind.marker().equalsIgnoreCase(word)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
