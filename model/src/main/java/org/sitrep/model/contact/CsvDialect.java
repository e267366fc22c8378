package org.sitrep.model.contact;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which address book wrote a CSV file, told from its header, and what each of its columns means. A
 * column's meaning is a Sitrep field ({@code name}, {@code title}), a typed number or address
 * ({@code phone:cell}, {@code email:work}), one half of Google's numbered pairs ({@code
 * phone#1:value}), {@link #UNDERSTOOD} for columns that only describe an imported value (Outlook's
 * "E-mail Type"), or null: not imported, and named in a warning.
 */
enum CsvDialect {
  PLAIN("plain CSV"),
  GOOGLE("Google Contacts CSV"),
  OUTLOOK("Outlook CSV"),
  ADDRESS_BOOK("Thunderbird/Apple CSV");

  static final String UNDERSTOOD = "understood";

  private static final Pattern GOOGLE_PAIR =
      Pattern.compile("(?i)(e-?mail|phone) (\\d+) - (type|label|value)");
  private static final Map<String, String> GOOGLE_COLUMNS = new HashMap<>();
  private static final Map<String, String> OUTLOOK_COLUMNS = new HashMap<>();
  private static final Map<String, String> ADDRESS_BOOK_COLUMNS = new HashMap<>();

  static {
    put(GOOGLE_COLUMNS, "name", "name");
    put(GOOGLE_COLUMNS, "first", "given name", "first name");
    put(GOOGLE_COLUMNS, "middle", "additional name", "middle name");
    put(GOOGLE_COLUMNS, "last", "family name", "last name");
    put(GOOGLE_COLUMNS, "notes", "notes");
    put(GOOGLE_COLUMNS, "groups", "group membership", "labels");
    put(GOOGLE_COLUMNS, "organisation", "organization 1 - name", "organization name");
    put(GOOGLE_COLUMNS, "title", "organization 1 - title", "organization title");
    put(GOOGLE_COLUMNS, UNDERSTOOD, "organization 1 - type", "organization 1 - label");

    put(OUTLOOK_COLUMNS, "first", "first name");
    put(OUTLOOK_COLUMNS, "middle", "middle name");
    put(OUTLOOK_COLUMNS, "last", "last name");
    put(OUTLOOK_COLUMNS, "organisation", "company");
    put(OUTLOOK_COLUMNS, "title", "job title");
    put(OUTLOOK_COLUMNS, "phone:work", "business phone", "business phone 2");
    put(OUTLOOK_COLUMNS, "phone:cell", "mobile phone");
    put(OUTLOOK_COLUMNS, "phone:home", "home phone", "home phone 2");
    put(OUTLOOK_COLUMNS, "phone:pager", "pager");
    put(OUTLOOK_COLUMNS, "phone:fax", "business fax", "home fax", "other fax");
    put(
        OUTLOOK_COLUMNS,
        "phone:voice",
        "primary phone",
        "other phone",
        "company main phone",
        "car phone",
        "callback",
        "assistant's phone",
        "radio phone",
        "isdn",
        "tty/tdd phone");
    put(OUTLOOK_COLUMNS, "email:work", "e-mail address", "e-mail 2 address", "e-mail 3 address");
    put(
        OUTLOOK_COLUMNS,
        UNDERSTOOD,
        "e-mail type",
        "e-mail display name",
        "e-mail 2 type",
        "e-mail 2 display name",
        "e-mail 3 type",
        "e-mail 3 display name");
    put(OUTLOOK_COLUMNS, "tags", "categories");
    put(OUTLOOK_COLUMNS, "notes", "notes");

    put(ADDRESS_BOOK_COLUMNS, "first", "first name");
    put(ADDRESS_BOOK_COLUMNS, "last", "last name");
    put(ADDRESS_BOOK_COLUMNS, "name", "display name");
    put(ADDRESS_BOOK_COLUMNS, "email:work", "primary email");
    put(ADDRESS_BOOK_COLUMNS, "email:home", "secondary email");
    put(ADDRESS_BOOK_COLUMNS, "chat", "screen name", "chat name");
    put(ADDRESS_BOOK_COLUMNS, "phone:work", "work phone");
    put(ADDRESS_BOOK_COLUMNS, "phone:home", "home phone");
    put(ADDRESS_BOOK_COLUMNS, "phone:fax", "fax number");
    put(ADDRESS_BOOK_COLUMNS, "phone:pager", "pager number");
    put(ADDRESS_BOOK_COLUMNS, "phone:cell", "mobile number");
    put(ADDRESS_BOOK_COLUMNS, "title", "job title");
    put(ADDRESS_BOOK_COLUMNS, "organisation", "organization", "organisation");
    put(ADDRESS_BOOK_COLUMNS, "notes", "notes");
  }

  private final String label;

  CsvDialect(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  static CsvDialect detect(List<String> header) {
    List<String> keys = header.stream().map(CsvDialect::key).toList();
    if (header.stream().anyMatch(h -> GOOGLE_PAIR.matcher(h.strip()).matches())) {
      return GOOGLE;
    }
    // Outlook's fixed header: split names and "E-mail Address"; a sheet with "Full Name" is not it.
    if (keys.contains("e-mail address")
        && keys.contains("first name")
        && keys.contains("last name")
        && (keys.contains("business phone") || keys.contains("mobile phone"))) {
      return OUTLOOK;
    }
    if (keys.contains("primary email") || keys.contains("mobile number")) {
      return ADDRESS_BOOK;
    }
    return PLAIN;
  }

  /** What {@code header} means in this dialect, or null when it is not imported. */
  String meaning(String header) {
    String k = key(header);
    switch (this) {
      case GOOGLE -> {
        Matcher m = GOOGLE_PAIR.matcher(header.strip());
        if (m.matches()) {
          String what = m.group(3).toLowerCase(Locale.ROOT);
          String kind = m.group(1).toLowerCase(Locale.ROOT).startsWith("e") ? "email" : "phone";
          return kind + "#" + m.group(2) + ":" + (what.equals("value") ? "value" : "type");
        }
        return GOOGLE_COLUMNS.get(k);
      }
      case OUTLOOK -> {
        return OUTLOOK_COLUMNS.get(k);
      }
      case ADDRESS_BOOK -> {
        String m = ADDRESS_BOOK_COLUMNS.get(k);
        return m != null ? m : ContactCsv.alias(header);
      }
      default -> {
        return ContactCsv.alias(header);
      }
    }
  }

  /** Why a column of this dialect is left out, when there is more to say than its name. */
  String whyNot(String header) {
    return this == OUTLOOK && key(header).equals("title")
        ? " (Outlook's honorific such as Dr. or Ms., not a job title)"
        : "";
  }

  /** Google's phone and email labels ("* Mobile", "Work Fax") as Sitrep types. */
  static String googleType(String label) {
    String l = label.replace("*", "").strip().toLowerCase(Locale.ROOT);
    return switch (l) {
      case "mobile", "cell" -> "cell";
      case "main", "other", "google voice", "" -> "";
      case "work fax", "home fax", "other fax" -> "fax";
      default -> l;
    };
  }

  private static void put(Map<String, String> map, String meaning, String... headers) {
    for (String h : headers) {
      map.put(h, meaning);
    }
  }

  private static String key(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
