package org.sitrep.model.contact;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One CSV row as a contact, given what each column means ({@link CsvDialect}). A value that cannot
 * be used (an address without '@', an unknown zone) is a warning naming the row, and the rest of
 * the row goes in.
 */
final class CsvContactRow {

  private final String file;
  private final int line;
  private final List<LineProblem> warnings;
  private final Map<String, String> v = new HashMap<>();
  private final List<Phone> phones = new ArrayList<>();
  private final List<Email> emails = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();
  private final Map<String, String[]> googlePairs = new TreeMap<>();

  CsvContactRow(String file, int line, List<LineProblem> warnings) {
    this.file = file;
    this.line = line;
    this.warnings = warnings;
  }

  /** Takes one non-empty cell; false when its column is not imported. */
  boolean take(String meaning, String value) {
    if (meaning == null) {
      return false;
    }
    if (meaning.equals(CsvDialect.UNDERSTOOD)) {
      return true;
    }
    int hash = meaning.indexOf('#');
    if (hash > 0) {
      // Google: "Phone 1 - Type" and "Phone 1 - Value" are two halves of one number.
      String key = meaning.substring(0, meaning.indexOf(':'));
      String[] pair = googlePairs.computeIfAbsent(key, k -> new String[] {"", ""});
      pair[meaning.endsWith(":value") ? 1 : 0] = value;
    } else if (meaning.startsWith("phone:")) {
      split(value, "[;\\n]").forEach(p -> phones.add(new Phone(meaning.substring(6), p)));
    } else if (meaning.startsWith("email:")) {
      split(value, "[;,\\n]").forEach(e -> addEmail(meaning.substring(6), e));
    } else if (meaning.equals("team") || meaning.equals("service") || meaning.equals("skill")) {
      split(value, "[;,\\n]").forEach(t -> tags.add(meaning + ":" + t));
    } else if (meaning.equals("groups")) {
      for (String g : value.split(" ::: ")) {
        String group = g.replace("*", "").strip();
        if (!group.isEmpty() && !group.equalsIgnoreCase("myContacts")) {
          tags.add(group);
        }
      }
    } else {
      v.merge(meaning, value, (a, b) -> a + "\n" + b);
    }
    return true;
  }

  Optional<Contact> contact() {
    googlePairs.forEach(
        (key, pair) -> {
          String type = CsvDialect.googleType(pair[0]);
          for (String value : pair[1].split(" ::: ")) {
            if (value.isBlank()) {
              continue;
            }
            if (key.startsWith("phone")) {
              phones.add(new Phone(type, value));
            } else {
              addEmail(type, value);
            }
          }
        });
    for (String p : split(v.getOrDefault("phones", ""), "[;\\n]")) {
      String[] typed = typed(p);
      phones.add(new Phone(typed[0], typed[1]));
    }
    for (String e : split(v.getOrDefault("emails", ""), "[;,\\n]")) {
      String[] typed = typed(e);
      addEmail(typed[0], typed[1]);
    }
    tags.addAll(split(v.getOrDefault("tags", ""), "[;,\\n]"));
    String name = name();
    if (name.isEmpty()) {
      warn("row has no name, email or phone: skipped");
      return Optional.empty();
    }
    VendorSupport vendor =
        new VendorSupport(
            v.getOrDefault("account", ""),
            v.getOrDefault("contract", ""),
            v.getOrDefault("tier", ""),
            v.getOrDefault("sla", ""),
            split(v.getOrDefault("ladder", ""), "[;\\n]"));
    Contact c =
        new Contact(
            v.getOrDefault("id", ""),
            kind(v.getOrDefault("kind", "")),
            name,
            v.getOrDefault("organisation", ""),
            v.getOrDefault("title", ""),
            phones,
            emails,
            v.getOrDefault("chat", ""),
            zone(v.getOrDefault("time_zone", "")),
            tags,
            v.getOrDefault("notes", ""),
            vendor);
    List<String> cleaned = new ArrayList<>();
    Contact safe = SafeText.clean(c, cleaned);
    if (!cleaned.isEmpty()) {
      warn("control characters removed from " + String.join(", ", cleaned));
    }
    return Optional.of(safe);
  }

  private String name() {
    String name = v.getOrDefault("name", "");
    if (name.isEmpty()) {
      name =
          String.join(
                  " ",
                  v.getOrDefault("first", ""),
                  v.getOrDefault("middle", ""),
                  v.getOrDefault("last", ""))
              .replaceAll("\\s+", " ")
              .strip();
    }
    if (!name.isEmpty()) {
      return name;
    }
    String org = v.getOrDefault("organisation", "");
    String fallback =
        !org.isEmpty()
            ? org
            : !emails.isEmpty()
                ? emails.get(0).address()
                : !phones.isEmpty() ? phones.get(0).number() : "";
    if (!fallback.isEmpty()) {
      warn("row has no name: named '" + fallback + "'");
    }
    return fallback;
  }

  private void addEmail(String type, String address) {
    if (!address.contains("@")) {
      warn("'" + address + "' is not an email address: left out");
    } else {
      emails.add(new Email(type, address));
    }
  }

  private Optional<ZoneId> zone(String tz) {
    if (tz.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(VCardReader.zone(tz));
    } catch (IllegalArgumentException e) {
      warn(e.getMessage() + "; imported without a zone");
      return Optional.empty();
    }
  }

  private ContactKind kind(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("vendor")
        || t.equals("org")
        || t.equals("organisation")
        || t.equals("organization")) {
      return ContactKind.VENDOR;
    }
    if (!t.isEmpty() && !t.equals("person") && !t.equals("individual")) {
      warn("kind '" + text + "' is neither person nor vendor: imported as a person");
    }
    return ContactKind.PERSON;
  }

  private void warn(String message) {
    warnings.add(new LineProblem(file, line, message));
  }

  /** "cell: +49 170" → {cell, +49 170}; a value without a type word keeps type "". */
  static String[] typed(String value) {
    int colon = value.indexOf(':');
    if (colon > 0 && value.substring(0, colon).strip().matches("[A-Za-z-]{2,12}")) {
      return new String[] {value.substring(0, colon).strip(), value.substring(colon + 1).strip()};
    }
    return new String[] {"", value.strip()};
  }

  static List<String> split(String value, String separators) {
    List<String> out = new ArrayList<>();
    for (String s : value.split(separators)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
