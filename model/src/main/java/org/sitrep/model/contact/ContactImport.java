package org.sitrep.model.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an import would do, before it does anything: each contact of the file is added, changes an
 * existing one, or leaves it alone. A contact of the file is the same as a stored one when it has
 * the same Sitrep id, else shares an email address, else a phone number, else the name.
 *
 * <p>Merging never loses a way to reach someone: numbers, addresses and tags from the file are
 * added to the stored ones; a field the file leaves empty keeps its stored value; the stored name
 * is kept (rotations and policies refer to it).
 */
public final class ContactImport {

  public enum Action {
    ADD,
    CHANGE,
    UNCHANGED
  }

  /** One contact of the file and what applying would do with it. */
  public record Item(
      int line, Action action, Contact result, Optional<Contact> before, List<String> fields) {}

  /**
   * The preview: applied only when {@link #problems()} is empty, and then as a whole. Warnings name
   * what goes in differently from the file (a field left out, a value not understood) and never
   * block.
   */
  public record Plan(
      String file, List<Item> items, List<LineProblem> problems, List<LineProblem> warnings) {
    public Plan(String file, List<Item> items, List<LineProblem> problems) {
      this(file, items, problems, List.of());
    }

    public long count(Action action) {
      return items.stream().filter(i -> i.action() == action).count();
    }

    public boolean refused() {
      return !problems.isEmpty();
    }
  }

  private ContactImport() {}

  public static Plan plan(String file, ContactFile.Parsed parsed, List<Contact> stored) {
    List<LineProblem> problems = new ArrayList<>(parsed.problems());
    List<Item> items = new ArrayList<>();
    Map<String, Integer> claimedBy = new HashMap<>();
    Index index = new Index(stored);
    for (ParsedContact p : parsed.contacts()) {
      Optional<Contact> match = index.match(p.contact());
      String key = match.map(Contact::id).orElse("new:" + p.contact().name().toLowerCase());
      Integer earlier = claimedBy.putIfAbsent(key, p.line());
      if (earlier != null) {
        problems.add(
            new LineProblem(
                file,
                p.line(),
                p.contact().name()
                    + " is the same contact as line "
                    + earlier
                    + ": merge the two in the file"));
        continue;
      }
      if (match.isEmpty()) {
        items.add(
            new Item(p.line(), Action.ADD, p.contact().withId(""), Optional.empty(), List.of()));
        continue;
      }
      Contact merged = merge(match.get(), p.contact());
      List<String> changed = changedFields(match.get(), merged);
      items.add(
          new Item(
              p.line(),
              changed.isEmpty() ? Action.UNCHANGED : Action.CHANGE,
              merged,
              match,
              changed));
    }
    return new Plan(
        file, List.copyOf(items), List.copyOf(problems), List.copyOf(parsed.warnings()));
  }

  /**
   * The stored contacts by id, email, phone and name, built once per plan: matching each row by
   * scanning every stored contact made a 5,000-row re-import quadratic (docs/benchmarks.md).
   */
  static final class Index {
    private final Map<String, Contact> byId = new HashMap<>();
    private final Map<String, Contact> byEmail = new HashMap<>();
    private final Map<String, Contact> byPhone = new HashMap<>();
    private final Map<String, Contact> byName = new HashMap<>();

    Index(List<Contact> stored) {
      for (Contact c : stored) {
        byId.putIfAbsent(c.id(), c);
        c.emails().forEach(e -> byEmail.putIfAbsent(e.key(), c));
        c.phones().stream()
            .map(Phone::digits)
            .filter(d -> d.length() >= 6)
            .forEach(d -> byPhone.putIfAbsent(d, c));
        byName.putIfAbsent(c.name().toLowerCase(java.util.Locale.ROOT), c);
      }
    }

    Optional<Contact> match(Contact incoming) {
      if (!incoming.id().isEmpty() && byId.containsKey(incoming.id())) {
        return Optional.of(byId.get(incoming.id()));
      }
      for (Email e : incoming.emails()) {
        if (byEmail.containsKey(e.key())) {
          return Optional.of(byEmail.get(e.key()));
        }
      }
      for (Phone p : incoming.phones()) {
        if (p.digits().length() >= 6 && byPhone.containsKey(p.digits())) {
          return Optional.of(byPhone.get(p.digits()));
        }
      }
      return Optional.ofNullable(byName.get(incoming.name().toLowerCase(java.util.Locale.ROOT)));
    }
  }

  static Contact merge(Contact stored, Contact file) {
    List<Phone> phones = new ArrayList<>(stored.phones());
    for (Phone p : file.phones()) {
      if (phones.stream().noneMatch(q -> q.digits().equals(p.digits()))) {
        phones.add(p);
      }
    }
    List<Email> emails = new ArrayList<>(stored.emails());
    for (Email e : file.emails()) {
      if (emails.stream().noneMatch(q -> q.key().equals(e.key()))) {
        emails.add(e);
      }
    }
    List<String> tags = new ArrayList<>(stored.tags());
    tags.addAll(file.tags());
    return new Contact(
        stored.id(),
        file.kind() == ContactKind.VENDOR ? ContactKind.VENDOR : stored.kind(),
        // Rotas and policies name people: a file spelling "Okafor, Dana" must not rename Dana.
        stored.name(),
        or(file.organisation(), stored.organisation()),
        or(file.title(), stored.title()),
        phones,
        emails,
        or(file.chat(), stored.chat()),
        file.zone().or(stored::zone),
        tags,
        or(file.notes(), stored.notes()),
        file.vendor().isEmpty() ? stored.vendor() : file.vendor());
  }

  private static List<String> changedFields(Contact before, Contact after) {
    Map<String, Object> a = before.fields();
    Map<String, Object> b = after.fields();
    return b.keySet().stream().filter(k -> !java.util.Objects.equals(a.get(k), b.get(k))).toList();
  }

  private static String or(String preferred, String fallback) {
    return preferred.isEmpty() ? fallback : preferred;
  }
}
