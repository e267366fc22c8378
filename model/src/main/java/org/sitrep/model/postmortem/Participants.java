package org.sitrep.model.postmortem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;

/**
 * Who took part, and how a blameless draft names them: by role ("the commander"), else "responder
 * N" in the order they first show up in the draft's entries. Blameless mode rewrites the whole
 * document through {@link #blameless}, so a name typed inside an entry, a title or a page is caught
 * as well as an author.
 */
final class Participants {

  private static final Pattern HANDOFF = Pattern.compile("handed off from (.+?) to (.+)$");

  /** Real name, as first seen, to the name the blameless draft uses; in order of labelling. */
  private final Map<String, String> labels = new LinkedHashMap<>();

  private final Map<String, String> byKey = new LinkedHashMap<>();
  private final Map<String, String> numbers = new LinkedHashMap<>();
  private int responders;

  /**
   * @param entries the entries the draft shows, in causal order
   * @param people names worth looking for in entry texts (the contacts' people): someone paged but
   *     who never wrote an entry is still a participant
   * @param phoneNumbers their numbers, which a page writes next to the name and which say who as
   *     well as a name does
   */
  static Participants of(
      Incident incident,
      List<LogEntry> entries,
      Collection<String> people,
      Collection<String> phoneNumbers) {
    Participants p = new Participants();
    phoneNumbers.forEach(n -> p.numbers.put(n, "[phone number]"));
    for (Role role : Role.values()) {
      incident.holder(role).ifPresent(name -> p.label(name, "the " + role.label()));
    }
    // Handoffs read newest first: the last one to hand the role over is "the former commander".
    Map<String, Integer> formers = new java.util.HashMap<>();
    for (LogEntry e : reversed(entries)) {
      if (e.event() == EventCode.ROLE_HANDED_OFF) {
        Matcher m = HANDOFF.matcher(e.text());
        if (m.find()) {
          String role = e.text().substring(0, m.start()).strip().toLowerCase(Locale.ROOT);
          if (!p.byKey.containsKey(key(m.group(1)))) {
            int earlier = formers.merge(role, 1, Integer::sum);
            p.label(m.group(1), "the former " + role + (earlier == 1 ? "" : " " + earlier));
          }
        }
      }
    }
    p.seen(incident.declaredBy());
    NameScan mentioned = NameScan.ignoringCase(labelAll(people));
    for (LogEntry e : entries) {
      if (e.event() != EventCode.DRILL_INJECT_RELEASED) {
        p.seen(e.author()); // an inject's author is its scenario, not a person
      }
      mentioned.found(e.text()).forEach(p::seen);
    }
    return p;
  }

  private static List<LogEntry> reversed(List<LogEntry> entries) {
    List<LogEntry> copy = new ArrayList<>(entries);
    java.util.Collections.reverse(copy);
    return copy;
  }

  /**
   * Every occurrence of every participant's full name replaced by their label, ignoring case; then
   * first and last names matched with their capital, so that "will" in a sentence is not taken for
   * a Will. A part two participants share ("Sam") cannot say who, so it reads "a responder". Phone
   * numbers of the contacts go too.
   */
  String blameless(String text) {
    String named = NameScan.ignoringCase(byKey).replace(text);
    String parts = NameScan.matchingCase(uniqueParts()).replace(named);
    String numbered = NameScan.matchingCase(numbers).replace(parts);
    java.util.Set<String> all = new java.util.LinkedHashSet<>(labels.values());
    all.add("a responder");
    return new BlamelessGrammar(all).apply(numbered);
  }

  private void seen(String name) {
    if (name != null && !name.isBlank() && !byKey.containsKey(key(name))) {
      responders++;
      label(name, "responder " + responders);
    }
  }

  private void label(String name, String label) {
    String clean = name.strip();
    if (!clean.isEmpty() && !byKey.containsKey(key(clean))) {
      labels.put(clean, label);
      byKey.put(key(clean), label);
    }
  }

  private static String key(String name) {
    return NameScan.lower(name.strip());
  }

  private static Map<String, String> labelAll(Collection<String> names) {
    Map<String, String> same = new LinkedHashMap<>();
    names.forEach(n -> same.put(key(n), n.strip()));
    return same;
  }

  /** Name parts of three letters or more, each to its owner's label (or "a responder"). */
  private Map<String, String> uniqueParts() {
    Map<String, String> owner = new LinkedHashMap<>();
    Set<String> shared = new HashSet<>();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      String[] words = e.getKey().split("[\\s,]+");
      if (words.length < 2) {
        continue;
      }
      for (String w : words) {
        if (w.codePointCount(0, w.length()) < 3) {
          continue;
        }
        String before = owner.putIfAbsent(w, e.getValue());
        if (before != null && !before.equals(e.getValue())) {
          shared.add(w);
        }
      }
    }
    List<String> ambiguous = new ArrayList<>(shared);
    ambiguous.forEach(w -> owner.put(w, "a responder"));
    return owner;
  }
}
