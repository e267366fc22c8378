package org.sitrep.model.contact;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads vCard 3.0 and 4.0 (RFC 2426, RFC 6350) as address books and phones export them: folded
 * lines, escaped commas and semicolons, TYPE parameters in either spelling, TZ as a zone name or a
 * UTC offset, CATEGORIES, ORG/TITLE, NOTE, and Sitrep's own X-SITREP-* vendor fields. A card with a
 * problem is reported with its line and not read at all.
 */
public final class VCardReader {

  private VCardReader() {}

  public static ContactFile.Parsed read(String file, String text) {
    List<ParsedContact> contacts = new ArrayList<>();
    List<LineProblem> problems = new ArrayList<>();
    List<ContentLine> card = null;
    int cardLine = 0;
    boolean cardBroken = false;
    for (String[] raw : ContentLine.unfold(text)) {
      int line = Integer.parseInt(raw[0]);
      ContentLine cl;
      try {
        cl = ContentLine.parse(line, raw[1]);
      } catch (ContentLine.Malformed e) {
        problems.add(new LineProblem(file, line, e.getMessage()));
        cardBroken = true;
        continue;
      }
      boolean isVcard = cl.value().strip().equalsIgnoreCase("VCARD");
      if (cl.name().equals("BEGIN") && isVcard) {
        if (card != null) {
          problems.add(
              new LineProblem(file, cardLine, "card has no END:VCARD before the next BEGIN"));
        }
        card = new ArrayList<>();
        cardLine = line;
        cardBroken = false;
      } else if (cl.name().equals("END") && isVcard) {
        if (card == null) {
          problems.add(new LineProblem(file, line, "END:VCARD without a BEGIN:VCARD"));
        } else if (!cardBroken) {
          try {
            contacts.add(new ParsedContact(cardLine, toContact(card, cardLine)));
          } catch (CardProblem e) {
            problems.add(new LineProblem(file, e.line, e.getMessage()));
          }
        }
        card = null;
      } else if (card == null) {
        problems.add(new LineProblem(file, line, cl.name() + " outside a BEGIN:VCARD … END:VCARD"));
      } else {
        card.add(cl);
      }
    }
    if (card != null) {
      problems.add(new LineProblem(file, cardLine, "card is never closed: END:VCARD is missing"));
    }
    if (contacts.isEmpty() && problems.isEmpty()) {
      problems.add(new LineProblem(file, 1, "no BEGIN:VCARD in the file: nothing to import"));
    }
    return new ContactFile.Parsed(contacts, problems);
  }

  private static final class CardProblem extends RuntimeException {
    final int line;

    CardProblem(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  private static Contact toContact(List<ContentLine> lines, int start) {
    String fn = "";
    String n = "";
    String org = "";
    String title = "";
    List<Phone> phones = new ArrayList<>();
    List<Email> emails = new ArrayList<>();
    String chat = "";
    Optional<ZoneId> zone = Optional.empty();
    List<String> tags = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    ContactKind kind = ContactKind.PERSON;
    String id = "";
    String account = "";
    String contract = "";
    String tier = "";
    String sla = "";
    List<String> ladder = new ArrayList<>();
    for (ContentLine l : lines) {
      switch (l.name()) {
        case "VERSION" -> {
          String v = l.value().strip();
          if (!v.equals("3.0") && !v.equals("4.0")) {
            throw new CardProblem(l.line(), "vCard " + v + " is not supported: export 3.0 or 4.0");
          }
        }
        case "FN" -> fn = l.text().strip();
        case "N" -> {
          List<String> p = l.parts(';');
          String given = p.size() > 1 ? p.get(1) : "";
          n = (given + " " + p.get(0)).strip();
        }
        case "ORG" -> org = l.parts(';').get(0).strip();
        case "TITLE" -> title = l.text().strip();
        case "TEL" -> {
          String number = l.text().strip();
          number = number.regionMatches(true, 0, "tel:", 0, 4) ? number.substring(4) : number;
          if (!number.isBlank()) {
            phones.add(new Phone(phoneType(l.types()), number));
          }
        }
        case "EMAIL" -> {
          String address = l.text().strip();
          if (!address.contains("@")) {
            throw new CardProblem(l.line(), "'" + address + "' is not an email address");
          }
          emails.add(new Email(emailType(l.types()), address));
        }
        case "IMPP", "X-SITREP-CHAT" -> chat = chat.isEmpty() ? l.text().strip() : chat;
        case "TZ" -> zone = Optional.of(zone(l.text().strip(), l.line()));
        case "CATEGORIES" ->
            l.parts(',').stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
        case "NOTE" -> notes.add(l.text().strip());
        case "KIND", "X-ADDRESSBOOKSERVER-KIND" ->
            kind = l.text().strip().equalsIgnoreCase("org") ? ContactKind.VENDOR : kind;
        case "X-ABSHOWAS" ->
            kind = l.text().strip().equalsIgnoreCase("COMPANY") ? ContactKind.VENDOR : kind;
        case "X-SITREP-ID" -> id = l.text().strip();
        case "X-SITREP-ACCOUNT" -> account = l.text();
        case "X-SITREP-CONTRACT" -> contract = l.text();
        case "X-SITREP-TIER" -> tier = l.text();
        case "X-SITREP-SLA" -> sla = l.text();
        case "X-SITREP-LADDER" -> ladder.add(l.text().strip());
        default -> {
          // PHOTO, ADR, BDAY and the rest: not what a commander needs at 3 a.m.
        }
      }
    }
    String name = !fn.isEmpty() ? fn : !n.isEmpty() ? n : org;
    if (name.isEmpty()) {
      throw new CardProblem(start, "card has no name: FN, N and ORG are all empty");
    }
    if (kind == ContactKind.PERSON && fn.isEmpty() && n.isEmpty()) {
      kind = ContactKind.VENDOR;
    }
    return new Contact(
        id,
        kind,
        name,
        org,
        title,
        phones,
        emails,
        chat,
        zone,
        tags,
        String.join("\n", notes),
        new VendorSupport(account, contract, tier, sla, ladder));
  }

  static String phoneType(List<String> types) {
    for (String t :
        List.of("cell", "mobile", "iphone", "pager", "fax", "support", "work", "home")) {
      if (types.contains(t) || types.contains("x-" + t)) {
        return t.equals("mobile") || t.equals("iphone") ? "cell" : t;
      }
    }
    return "voice";
  }

  private static String emailType(List<String> types) {
    for (String t : List.of("work", "home", "support")) {
      if (types.contains(t) || types.contains("x-" + t)) {
        return t;
      }
    }
    return "work";
  }

  /** An IANA zone ("Europe/Berlin") or a fixed offset ("-05:00", "-0500", "UTC"). */
  static ZoneId zone(String value, int line) {
    String v = value.strip();
    if (v.matches("[+-]\\d{4}")) {
      v = v.substring(0, 3) + ":" + v.substring(3);
    }
    try {
      return ZoneId.of(v);
    } catch (DateTimeException e) {
      throw new CardProblem(
          line, "unknown time zone '" + value + "': use a name like Europe/Berlin or -05:00");
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
