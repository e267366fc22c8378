package org.sitrep.model.postmortem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's whole edited text applied to the stored sections: sections are matched by key, a
 * changed one records who and when, a new heading becomes a section of its own, and a section no
 * longer in the text is marked removed (kept as a tombstone so regeneration does not re-add it).
 */
final class Edits {

  private Edits() {}

  static List<PostmortemSection> apply(
      List<PostmortemSection> stored, String markdown, String by, Instant at) {
    Map<String, PostmortemSection> byKey = new LinkedHashMap<>();
    stored.forEach(s -> byKey.put(s.key(), s));
    List<PostmortemSection> out = new ArrayList<>();
    Set<String> present = new HashSet<>();
    for (Sections.Chunk c : Sections.split(markdown)) {
      present.add(c.key());
      PostmortemSection s = byKey.get(c.key());
      if (s == null) {
        out.add(PostmortemSection.added(c.key(), c.text(), by, at));
      } else if (s.text().equals(c.text()) && !s.removed()) {
        out.add(s);
      } else {
        out.add(s.edited(c.text(), by, at));
      }
    }
    for (PostmortemSection s : stored) {
      if (!present.contains(s.key())) {
        out.add(s.removed() ? s : s.asRemoved(by, at));
      }
    }
    return out;
  }
}
