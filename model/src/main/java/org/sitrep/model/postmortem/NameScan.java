package org.sitrep.model.postmortem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and replaces names (and phone numbers) in a long text. The workspace may hold thousands of
 * contacts, so names are indexed by their first word and the text is walked once: at each word
 * start only the names beginning with that word are tried. (A regex alternation with look-arounds
 * took 150 ms on a 1.5 MB draft with six names; one {@code indexOf} per name would grow with the
 * contact list.) Lower-casing char by char keeps offsets aligned with the original.
 */
final class NameScan {

  /** Name as searched (lower-cased unless case matters) to what replaces it. */
  private final Map<String, String> names;

  private final boolean ignoreCase;

  /** First word of each name to the names starting with it, longest first. */
  private final Map<String, List<String>> byFirstWord = new HashMap<>();

  private NameScan(Map<String, String> names, boolean ignoreCase) {
    this.names = names;
    this.ignoreCase = ignoreCase;
    for (String name : names.keySet()) {
      int start = firstWordStart(name, 0);
      if (start < name.length()) {
        byFirstWord
            .computeIfAbsent(name.substring(start, wordEnd(name, start)), k -> new ArrayList<>())
            .add(name);
      }
    }
    byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
  }

  /** {@code names} keys must already be lower-cased with {@link #lower}. */
  static NameScan ignoringCase(Map<String, String> names) {
    return new NameScan(names, true);
  }

  static NameScan matchingCase(Map<String, String> names) {
    return new NameScan(names, false);
  }

  static String lower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  /** The replacement values of the names found in {@code text}, in order of appearance. */
  List<String> found(String text) {
    List<String> out = new ArrayList<>();
    scan(text, (start, end, name) -> out.add(names.get(name)));
    return out;
  }

  String replace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] at = {0};
    scan(
        text,
        (start, end, name) -> {
          out.append(text, at[0], start).append(names.get(name));
          at[0] = end;
        });
    if (at[0] == 0 && out.length() == 0) {
      return text;
    }
    return out.append(text, at[0], text.length()).toString();
  }

  private interface Hit {
    void at(int start, int end, String name);
  }

  /**
   * Non-overlapping matches, left to right; where several names fit the longest wins, so "Sam
   * Lee-Park" is not read as "Sam Lee". A letter or digit next to a match means it is part of
   * another word ("Samuel" does not contain "Sam"). A name may begin with a non-word character
   * ("+49 …"): it is matched from the characters before its first word.
   */
  private void scan(String text, Hit hit) {
    if (byFirstWord.isEmpty() || text.isEmpty()) {
      return;
    }
    String haystack = ignoreCase ? lower(text) : text;
    int i = firstWordStart(haystack, 0);
    int done = 0;
    while (i < haystack.length()) {
      int wordEnd = wordEnd(haystack, i);
      List<String> candidates = byFirstWord.get(haystack.substring(i, wordEnd));
      int next = wordEnd;
      if (candidates != null) {
        for (String name : candidates) {
          int start = i - firstWordStart(name, 0);
          int end = start + name.length();
          if (start >= done
              && haystack.startsWith(name, start)
              && isWordEdge(text, start - 1, name, true)
              && isWordEdge(text, end, name, false)) {
            hit.at(start, end, name);
            done = end;
            next = end;
            break;
          }
        }
      }
      i = firstWordStart(haystack, next);
    }
  }

  /** Where the next word starts at or after {@code from}, which is never inside a word. */
  private static int firstWordStart(String s, int from) {
    int i = from;
    while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A name edge that is itself a non-word character ("+49…") needs nothing around it. */
  private static boolean isWordEdge(String text, int i, String name, boolean before) {
    char edge = before ? name.charAt(0) : name.charAt(name.length() - 1);
    if (!Character.isLetterOrDigit(edge)) {
      return true;
    }
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}
