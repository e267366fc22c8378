package org.sitrep.model.runbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts the runbook a responder named first. Full-text rank alone let a runbook that says "rollback"
 * ten times in its steps ("Patch rollout gone wrong") beat "Roll back a bad deploy" for {@code
 * rollback}: what is typed is compared with each id and title with spaces, hyphens and case
 * ignored, and those matches come before any match in the text (issue 23).
 */
final class RunbookRank {

  /** The id or title is what was typed; contains it; the title matched a word; the text did. */
  private static final int EXACT = 0;

  private static final int NAMED = 1;
  private static final int TITLE = 2;
  private static final int TEXT = 3;

  private RunbookRank() {}

  /** Letters and digits only, lower case: "Roll back a bad deploy" → "rollbackabaddeploy". */
  static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase)
        .forEach(out::appendCodePoint);
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Ids of runbooks whose id or title contains what was typed, from id → title. */
  static List<String> named(String words, Map<String, String> titles) {
    String key = squeeze(words);
    List<String> out = new ArrayList<>();
    if (key.isEmpty()) {
      return out;
    }
    for (Map.Entry<String, String> e : titles.entrySet()) {
      if (tierOf(key, e.getKey(), e.getValue()) <= NAMED) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /**
   * {@code ranked} (full-text order, best first) reordered by tier, keeping the full-text order
   * within one; {@code extra} are named hits the full-text query did not return, appended before
   * sorting.
   */
  static List<RunbookHit> order(
      String words, List<RunbookHit> ranked, List<RunbookHit> extra, int limit) {
    String key = squeeze(words);
    Map<String, RunbookHit> all = new LinkedHashMap<>();
    ranked.forEach(h -> all.put(h.runbook().runbookId(), h));
    extra.forEach(h -> all.putIfAbsent(h.runbook().runbookId(), h));
    List<RunbookHit> hits = new ArrayList<>(all.values());
    hits.sort(Comparator.comparingInt(h -> tier(key, h)));
    return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
  }

  private static int tier(String key, RunbookHit hit) {
    int named = tierOf(key, hit.runbook().runbookId(), hit.runbook().title());
    if (named <= NAMED) {
      return named;
    }
    return hit.title().stream().anyMatch(f -> f.matched()) ? TITLE : TEXT;
  }

  private static int tierOf(String key, String id, String title) {
    String i = squeeze(id);
    String t = squeeze(title);
    if (key.isEmpty()) {
      return TEXT;
    }
    if (i.equals(key) || t.equals(key)) {
      return EXACT;
    }
    return i.contains(key) || t.contains(key) ? NAMED : TEXT;
  }
}
