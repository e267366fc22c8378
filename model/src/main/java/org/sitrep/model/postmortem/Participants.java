package org.sitrep.model.postmortem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;

/**
 * Who took part, and how a blameless draft names them: by role ("the commander"), else "responder
 * N" in order of first appearance. Blameless mode rewrites the whole document through {@link
 * #blameless}, so a name typed inside an entry, a title or a page is caught as well as an author.
 */
final class Participants {

  private static final Pattern HANDOFF = Pattern.compile("handed off from (.+?) to (.+)$");

  /** Real name, as first seen, to the name the blameless draft uses; in order of labelling. */
  private final Map<String, String> labels = new LinkedHashMap<>();

  private final Map<String, String> byKey = new LinkedHashMap<>();

  /** First or last names of one participant only, to their label: people write "Dana". */
  private final Map<String, String> byPart = new LinkedHashMap<>();

  private int responders;
  private Pattern names;
  private Pattern parts;

  /**
   * @param people names worth looking for in entry texts (the contacts' people): someone paged but
   *     who never wrote an entry is still a participant
   */
  static Participants of(Incident incident, List<LogEntry> entries, Collection<String> people) {
    Participants p = new Participants();
    for (Role role : Role.values()) {
      incident.holder(role).ifPresent(name -> p.label(name, "the " + role.label()));
    }
    for (LogEntry e : entries) {
      if (e.event() == EventCode.ROLE_HANDED_OFF) {
        Matcher m = HANDOFF.matcher(e.text());
        if (m.find()) {
          String role = e.text().substring(0, m.start()).strip().toLowerCase(Locale.ROOT);
          p.label(m.group(1), "the former " + role);
        }
      }
    }
    Pattern mentioned = alternation(people, true);
    p.seen(incident.declaredBy());
    for (LogEntry e : entries) {
      p.seen(e.author());
      if (mentioned != null) {
        Matcher m = mentioned.matcher(e.text());
        while (m.find()) {
          p.seen(m.group());
        }
      }
    }
    p.names = alternation(p.labels.keySet(), true);
    p.parts = alternation(p.uniqueParts(), false);
    return p;
  }

  /** The names found, each with its blameless label, in the order they were labelled. */
  Map<String, String> labels() {
    return Map.copyOf(labels);
  }

  /**
   * Every occurrence of every participant's full name replaced by their label, ignoring case; then
   * first and last names that belong to one participant only, matched with their capital so that
   * "will" in a sentence is not taken for a Will.
   */
  String blameless(String text) {
    String named = replace(names, text, m -> byKey.get(key(m)));
    return replace(parts, named, byPart::get);
  }

  private static String replace(
      Pattern pattern, String text, java.util.function.UnaryOperator<String> label) {
    if (pattern == null) {
      return text;
    }
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(label.apply(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Name parts of three letters or more; one that two participants share ("Sam") cannot say who, so
   * it reads "a responder" rather than guess.
   */
  private Collection<String> uniqueParts() {
    Map<String, String> owner = new LinkedHashMap<>();
    java.util.Set<String> shared = new java.util.HashSet<>();
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
    shared.forEach(w -> owner.put(w, "a responder"));
    byPart.putAll(owner);
    return owner.keySet();
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
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Longest names first, so "Sam Lee-Park" is not rewritten as "Sam Lee" plus a tail; letters or
   * digits next to a name mean it is part of another word ("Samuel" does not contain "Sam").
   */
  private static Pattern alternation(Collection<String> names, boolean ignoreCase) {
    List<String> sorted = new ArrayList<>();
    for (String n : names) {
      if (n != null && !n.isBlank()) {
        sorted.add(n.strip());
      }
    }
    if (sorted.isEmpty()) {
      return null;
    }
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < sorted.size(); i++) {
      regex.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
    }
    regex.append(")(?![\\p{L}\\p{N}])");
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
