package org.sitrep.model.contact;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Contacts as CSV: Sitrep's own columns (what export writes) and the usual spreadsheet and address
 * book headers ("Full Name", "Mobile Phone", "E-mail Address", "Company", "Categories" …). Several
 * values in one cell are separated by semicolons or line breaks; a phone or email may say what it
 * is for: {@code cell: +49 170 1234567; work: +49 30 1234}.
 */
public final class ContactCsv {

  static final List<String> COLUMNS =
      List.of(
          "id",
          "kind",
          "name",
          "organisation",
          "title",
          "phones",
          "emails",
          "chat",
          "time_zone",
          "tags",
          "notes",
          "account",
          "contract",
          "tier",
          "sla",
          "ladder");

  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    COLUMNS.forEach(c -> ALIASES.put(key(c), c));
    alias("name", "fullname", "displayname", "contact");
    alias("first", "firstname", "givenname");
    alias("last", "lastname", "familyname", "surname");
    alias("kind", "type");
    alias("organisation", "organization", "company", "org", "vendor");
    alias("title", "jobtitle", "role");
    alias("phones", "phone", "phonenumber", "telephone");
    alias("phone:cell", "mobile", "mobilephone", "cell", "cellphone");
    alias("phone:work", "workphone", "businessphone", "office");
    alias("phone:home", "homephone");
    alias("phone:support", "supportline", "supportphone", "support");
    alias("phone:pager", "pager");
    alias("emails", "email", "emailaddress", "mail");
    alias("chat", "slack", "handle", "chathandle", "matrix");
    alias("time_zone", "timezone", "tz", "zone");
    alias("tags", "categories", "groups", "labels");
    alias("team", "teams");
    alias("service", "services");
    alias("skill", "skills");
    alias("notes", "note", "comments");
    alias("tier", "supporttier");
    alias("ladder", "escalationladder", "escalation");
    alias("account", "accountnumber", "customernumber");
    alias("contract", "contractnumber");
  }

  private ContactCsv() {}

  public static ContactFile.Parsed read(String file, String text) {
    List<CsvReader.Row> rows;
    try {
      rows = CsvReader.read(text);
    } catch (CsvReader.UnclosedQuote e) {
      return new ContactFile.Parsed(
          List.of(), List.of(new LineProblem(file, e.line(), e.getMessage())));
    }
    if (rows.isEmpty()) {
      return new ContactFile.Parsed(
          List.of(), List.of(new LineProblem(file, 1, "the file is empty: nothing to import")));
    }
    List<String> header = rows.get(0).fields().stream().map(h -> ALIASES.get(key(h))).toList();
    if (!header.contains("name") && !(header.contains("first") || header.contains("last"))) {
      return new ContactFile.Parsed(
          List.of(),
          List.of(
              new LineProblem(
                  file,
                  rows.get(0).line(),
                  "no name column in the header: expected name (or first name / last name)")));
    }
    List<ParsedContact> contacts = new ArrayList<>();
    List<LineProblem> problems = new ArrayList<>();
    for (CsvReader.Row row : rows.subList(1, rows.size())) {
      if (row.isBlank()) {
        continue;
      }
      if (row.fields().size() > header.size()) {
        problems.add(
            new LineProblem(
                file,
                row.line(),
                row.fields().size()
                    + " fields but the header has "
                    + header.size()
                    + " (an unquoted comma?)"));
        continue;
      }
      try {
        contacts.add(new ParsedContact(row.line(), toContact(header, row.fields())));
      } catch (IllegalArgumentException e) {
        problems.add(new LineProblem(file, row.line(), e.getMessage()));
      }
    }
    return new ContactFile.Parsed(contacts, problems);
  }

  private static Contact toContact(List<String> header, List<String> fields) {
    Map<String, String> v = new HashMap<>();
    List<Phone> phones = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      String column = header.get(i);
      String value = fields.get(i).strip();
      if (column == null || value.isEmpty()) {
        continue;
      }
      if (column.startsWith("phone:")) {
        phones.add(new Phone(column.substring(6), value));
      } else if (column.equals("team") || column.equals("service") || column.equals("skill")) {
        split(value, "[;,\\n]").forEach(t -> tags.add(column + ":" + t));
      } else {
        v.merge(column, value, (a, b) -> a + "\n" + b);
      }
    }
    String name =
        v.getOrDefault(
            "name", (v.getOrDefault("first", "") + " " + v.getOrDefault("last", "")).strip());
    if (name.isBlank()) {
      throw new IllegalArgumentException("row has no name");
    }
    ContactKind kind = kind(v.getOrDefault("kind", ""));
    for (String p : split(v.getOrDefault("phones", ""), "[;\\n]")) {
      String[] typed = typed(p);
      phones.add(new Phone(typed[0], typed[1]));
    }
    List<Email> emails = new ArrayList<>();
    for (String e : split(v.getOrDefault("emails", ""), "[;,\\n]")) {
      String[] typed = typed(e);
      if (!typed[1].contains("@")) {
        throw new IllegalArgumentException("'" + typed[1] + "' is not an email address");
      }
      emails.add(new Email(typed[0], typed[1]));
    }
    tags.addAll(split(v.getOrDefault("tags", ""), "[;,\\n]"));
    String tz = v.getOrDefault("time_zone", "");
    Optional<ZoneId> zone;
    try {
      zone = tz.isEmpty() ? Optional.empty() : Optional.of(VCardReader.zone(tz, 0));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "unknown time zone '" + tz + "': use a name like Europe/Berlin or -05:00");
    }
    VendorSupport vendor =
        new VendorSupport(
            v.getOrDefault("account", ""),
            v.getOrDefault("contract", ""),
            v.getOrDefault("tier", ""),
            v.getOrDefault("sla", ""),
            split(v.getOrDefault("ladder", ""), "[;\\n]"));
    return new Contact(
        v.getOrDefault("id", ""),
        kind,
        name,
        v.getOrDefault("organisation", ""),
        v.getOrDefault("title", ""),
        phones,
        emails,
        v.getOrDefault("chat", ""),
        zone,
        tags,
        v.getOrDefault("notes", ""),
        vendor);
  }

  public static String write(List<Contact> contacts) {
    StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (Contact c : contacts) {
      List<String> cells =
          List.of(
              c.id(),
              c.kind().name().toLowerCase(Locale.ROOT),
              c.name(),
              c.organisation(),
              c.title(),
              String.join(
                  "; ", c.phones().stream().map(p -> p.type() + ": " + p.number()).toList()),
              String.join(
                  "; ", c.emails().stream().map(e -> e.type() + ": " + e.address()).toList()),
              c.chat(),
              c.zone().map(ZoneId::getId).orElse(""),
              String.join("; ", c.tags()),
              c.notes(),
              c.vendor().account(),
              c.vendor().contract(),
              c.vendor().tier(),
              c.vendor().sla(),
              String.join("; ", c.vendor().ladder()));
      out.append(String.join(",", cells.stream().map(CsvReader::quote).toList())).append("\r\n");
    }
    return out.toString();
  }

  private static ContactKind kind(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.equals("person") || t.equals("individual")) {
      return ContactKind.PERSON;
    }
    if (t.equals("vendor")
        || t.equals("org")
        || t.equals("organisation")
        || t.equals("organization")) {
      return ContactKind.VENDOR;
    }
    throw new IllegalArgumentException("kind '" + text + "' is neither person nor vendor");
  }

  /** "cell: +49 170" → {cell, +49 170}; a value without a type word keeps type "". */
  private static String[] typed(String value) {
    int colon = value.indexOf(':');
    if (colon > 0 && value.substring(0, colon).strip().matches("[A-Za-z-]{2,12}")) {
      return new String[] {value.substring(0, colon).strip(), value.substring(colon + 1).strip()};
    }
    return new String[] {"", value.strip()};
  }

  private static List<String> split(String value, String separators) {
    List<String> out = new ArrayList<>();
    for (String s : value.split(separators)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static void alias(String column, String... names) {
    for (String n : names) {
      ALIASES.put(key(n), column);
    }
  }

  private static String key(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
