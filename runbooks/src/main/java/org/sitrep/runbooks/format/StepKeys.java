package org.sitrep.runbooks.format;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives steps keys that survive edits elsewhere in the runbook: the section's slug and the first
 * words of the step, e.g. {@code assess/confirm-which-filesystem-is-full}. A checklist run keeps
 * its ticks by key, so inserting or reordering steps does not move them.
 */
final class StepKeys {
  private static final int WORDS = 6;
  private static final int MAX_LENGTH = 48;

  private final Set<String> used = new HashSet<>();
  // where to resume counting for each base: 10,000 identical steps stay linear
  private final Map<String, Integer> nextNumber = new HashMap<>();

  String next(String section, String stepText) {
    String base = slug(section, "section") + "/" + slug(stepText, "step");
    String key = base;
    int n = nextNumber.getOrDefault(base, 2);
    while (!used.add(key)) {
      key = base + "-" + n++;
    }
    nextNumber.put(base, n);
    return key;
  }

  /** Lowercase ASCII letters and digits joined by single dashes; {@code fallback} when none. */
  static String slug(String text, String fallback) {
    StringBuilder slug = new StringBuilder();
    int words = 0;
    boolean dash = false;
    for (int i = 0; i < text.length() && slug.length() < MAX_LENGTH; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && slug.length() > 0) {
          if (++words == WORDS) {
            break;
          }
          slug.append('-');
        }
        slug.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return slug.length() == 0 ? fallback : slug.toString().toLowerCase(Locale.ROOT);
  }
}
