package org.sitrep.model.contact;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds contacts by name, team, service, skill, tag, organisation, title, email or chat handle.
 * Every word typed must match the start of some word of the contact; names rank above teams and
 * services, which rank above the rest. A workspace holds hundreds of contacts, not millions: a scan
 * in memory answers in well under a millisecond and needs no index to keep in step.
 */
public final class ContactSearch {

  private ContactSearch() {}

  public static List<Contact> find(List<Contact> contacts, String query, int limit) {
    List<String> words = words(query);
    if (words.isEmpty()) {
      return contacts.stream().limit(limit).toList();
    }
    record Scored(Contact contact, int score) {}
    List<Scored> hits = new ArrayList<>();
    for (Contact c : contacts) {
      int total = 0;
      for (String w : words) {
        int s = score(c, w);
        if (s == 0) {
          total = 0;
          break;
        }
        total += s;
      }
      if (total > 0) {
        hits.add(new Scored(c, total));
      }
    }
    return hits.stream()
        .sorted(
            Comparator.comparingInt(Scored::score)
                .reversed()
                .thenComparing(s -> s.contact().name(), String.CASE_INSENSITIVE_ORDER))
        .limit(limit)
        .map(Scored::contact)
        .toList();
  }

  private static int score(Contact c, String word) {
    if (matches(c.name(), word)) {
      return 10;
    }
    for (String tag : c.tags()) {
      if (matches(tag.replace(':', ' '), word)) {
        return tag.startsWith("team:") || tag.startsWith("service:") ? 6 : 4;
      }
    }
    if (matches(c.organisation(), word) || matches(c.title(), word)) {
      return 3;
    }
    if (matches(c.chat(), word)
        || c.emails().stream().anyMatch(e -> matches(e.address(), word))
        || c.phones().stream().anyMatch(p -> p.number().replace(" ", "").contains(word))) {
      return 2;
    }
    return 0;
  }

  private static boolean matches(String text, String word) {
    for (String w : words(text)) {
      if (w.startsWith(word)) {
        return true;
      }
    }
    return false;
  }

  static List<String> words(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : plain.split("[^\\p{L}\\p{N}+]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
