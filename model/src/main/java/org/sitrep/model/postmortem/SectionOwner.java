package org.sitrep.model.postmortem;

import java.util.Set;

/** Who a section belongs to, which decides what regenerating does to it (ADR 10). */
public enum SectionOwner {
  /** Written from the log (header, metrics, timeline, action items, appendix): refreshed. */
  GENERATED,
  /** A prompt the generator writes for a person to fill (summary, causes…): kept once edited. */
  PROSE,
  /** A section a person added under their own heading: always kept. */
  HUMAN;

  private static final Set<String> PROSE_KEYS =
      Set.of(
          "summary",
          "impact",
          "root causes and contributing factors",
          "what went well",
          "what went poorly",
          "where we got lucky");

  /** The owner of a section the generator wrote under {@code key}. */
  static SectionOwner ofGenerated(String key) {
    return PROSE_KEYS.contains(key) ? PROSE : GENERATED;
  }
}
