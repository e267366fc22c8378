package org.sitrep.model.contact;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds contacts by name, team, service, skill, tag, organisation, title, email, chat handle or
 * number. Every word typed must match the start of some word of the contact; names rank above teams
 * and services, which rank above the rest. Contacts are scanned in memory, each one's words
 * normalised once ({@link Indexed}): 5,000 contacts answer in about a millisecond
 * (docs/benchmarks.md), with no index to keep in step with the store.
 */
public final class ContactSearch {

  /** One contact's searchable words, accents folded and lower-cased once. */
  public record Indexed(
      Contact contact,
      List<String> name,
      List<String> teamOrService,
      List<String> tags,
      List<String> orgOrTitle,
      List<String> reach,
      List<String> digits) {

    public static Indexed of(Contact c) {
      List<String> teamOrService = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (String t : c.tags()) {
        (t.startsWith("team:") || t.startsWith("service:") ? teamOrService : tags)
            .addAll(words(t.replace(':', ' ')));
      }
      List<String> reach = new ArrayList<>(words(c.chat()));
      c.emails().forEach(e -> reach.addAll(words(e.address())));
      return new Indexed(
          c,
          words(c.name()),
          teamOrService,
          tags,
          words(c.organisation() + " " + c.title()),
          reach,
          c.phones().stream().map(p -> p.number().replaceAll("[^0-9+]", "")).toList());
    }

    int score(String word) {
      if (starts(name, word)) {
        return 10;
      }
      if (starts(teamOrService, word)) {
        return 6;
      }
      if (starts(tags, word)) {
        return 4;
      }
      if (starts(orgOrTitle, word)) {
        return 3;
      }
      if (starts(reach, word) || digits.stream().anyMatch(d -> d.contains(word))) {
        return 2;
      }
      return 0;
    }

    private static boolean starts(List<String> words, String word) {
      for (String w : words) {
        if (w.startsWith(word)) {
          return true;
        }
      }
      return false;
    }
  }

  private ContactSearch() {}

  public static List<Contact> find(List<Contact> contacts, String query, int limit) {
    return findIndexed(contacts.stream().map(Indexed::of).toList(), query, limit);
  }

  public static List<Contact> findIndexed(List<Indexed> contacts, String query, int limit) {
    List<String> words = words(query);
    if (words.isEmpty()) {
      return contacts.stream().limit(limit).map(Indexed::contact).toList();
    }
    record Scored(Contact contact, int score) {}
    List<Scored> hits = new ArrayList<>();
    for (Indexed c : contacts) {
      int total = 0;
      for (String w : words) {
        int s = c.score(w);
        if (s == 0) {
          total = 0;
          break;
        }
        total += s;
      }
      if (total > 0) {
        hits.add(new Scored(c.contact(), total));
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
