package org.sitrep.model.contact;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    alias("middle", "middlename", "additionalname");
    alias("last", "lastname", "familyname", "surname");
    alias("kind", "type");
    alias("organisation", "organization", "company", "org", "vendor");
    alias("title", "jobtitle", "role");
    alias("phones", "phone", "phonenumber", "telephone", "phones");
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
    List<String> names = rows.get(0).fields().stream().map(String::strip).toList();
    CsvDialect dialect = CsvDialect.detect(names);
    List<String> header = names.stream().map(dialect::meaning).toList();
    boolean named =
        header.stream()
            .anyMatch(
                h ->
                    h != null
                        && (h.equals("name")
                            || h.equals("first")
                            || h.equals("last")
                            || h.equals("organisation")
                            || h.startsWith("email")
                            || h.equals("emails")));
    if (!named) {
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
    List<LineProblem> warnings = new ArrayList<>();
    Map<Integer, Integer> unimported = new java.util.TreeMap<>();
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
      CsvContactRow contact = new CsvContactRow(file, row.line(), warnings);
      for (int i = 0; i < row.fields().size(); i++) {
        String value = row.fields().get(i).strip();
        if (!value.isEmpty() && !contact.take(header.get(i), value)) {
          unimported.merge(i, 1, Integer::sum);
        }
      }
      contact.contact().ifPresent(c -> contacts.add(new ParsedContact(row.line(), c)));
    }
    // Once per column, not per row: a 10,000-row export would otherwise drown the preview.
    List<LineProblem> columnWarnings = new ArrayList<>();
    unimported.forEach(
        (column, count) ->
            columnWarnings.add(
                new LineProblem(
                    file,
                    rows.get(0).line(),
                    dialect.label()
                        + ": column '"
                        + names.get(column)
                        + "'"
                        + dialect.whyNot(names.get(column))
                        + " is not imported ("
                        + count
                        + (count == 1 ? " row has" : " rows have")
                        + " a value)")));
    columnWarnings.addAll(warnings);
    return new ContactFile.Parsed(contacts, problems, columnWarnings);
  }

  /** What a plain CSV header ("Full Name", "Mobile Phone", "E-mail") means, or null. */
  static String alias(String header) {
    return ALIASES.get(key(header));
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

  private static void alias(String column, String... names) {
    for (String n : names) {
      ALIASES.put(key(n), column);
    }
  }

  private static String key(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
