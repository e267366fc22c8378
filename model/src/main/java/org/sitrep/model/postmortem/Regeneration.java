package org.sitrep.model.postmortem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What regenerating does to a stored postmortem (ADR 10), as a pure function of the stored sections
 * and the generator's fresh ones: a section still holding the generator's last text is refreshed; a
 * section a person edited is kept, whoever owns it, and a generated one whose log has moved on is
 * reported as stale rather than overwritten; a section a person removed stays removed; a section a
 * person added stays where they put it.
 */
public final class Regeneration {

  /**
   * @param sections every section after regenerating, in order (removed ones included)
   * @param refreshed keys of the sections the generator rewrote
   * @param kept keys of the sections kept because a person edited them
   * @param stale keys of kept generated sections whose generated text has changed since the edit
   */
  public record Result(
      List<PostmortemSection> sections,
      List<String> refreshed,
      List<String> kept,
      List<String> stale) {

    public boolean changed(List<PostmortemSection> before) {
      return !before.equals(sections);
    }
  }

  private Regeneration() {}

  public static Result merge(List<PostmortemSection> stored, List<Sections.Chunk> fresh) {
    return merge(stored, fresh, java.util.Set.of());
  }

  /**
   * As above; the sections keyed in {@code handBack} are given back to the generator: a person
   * asked for the log's version over their edit.
   */
  public static Result merge(
      List<PostmortemSection> stored, List<Sections.Chunk> fresh, java.util.Set<String> handBack) {
    Map<String, PostmortemSection> byKey = new LinkedHashMap<>();
    stored.forEach(s -> byKey.put(s.key(), s));
    List<String> order = new ArrayList<>(byKey.keySet());
    List<String> refreshed = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    String previous = null;
    for (Sections.Chunk f : fresh) {
      PostmortemSection s = byKey.get(f.key());
      if (s == null) {
        // New from the generator: after the section the generator puts before it.
        order.add(previous == null ? 0 : order.indexOf(previous) + 1, f.key());
        byKey.put(f.key(), PostmortemSection.generated(f.key(), f.text()));
        refreshed.add(f.key());
      } else if (s.removed()) {
        // A person deleted it: absence is their decision, not something to repair.
      } else if (!s.editedByHand() || s.text().equals(f.text()) || handBack.contains(s.key())) {
        PostmortemSection now = s.regenerated(f.text());
        if (!now.equals(s)) {
          byKey.put(f.key(), now);
          if (!s.text().equals(f.text())) {
            refreshed.add(s.key());
          }
        }
      } else {
        kept.add(s.key());
        boolean generatorMovedOn = !s.generatedHash().orElse("").equals(Sections.hash(f.text()));
        if (s.owner() == SectionOwner.GENERATED && generatorMovedOn) {
          stale.add(s.key());
        }
      }
      previous = f.key();
    }
    List<PostmortemSection> sections = new ArrayList<>();
    order.forEach(k -> sections.add(byKey.get(k)));
    return new Result(List.copyOf(sections), refreshed, kept, stale);
  }
}
