package org.sitrep.model.contact;

import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads vCard 2.1, 3.0 and 4.0 (vCard 2.1, RFC 2426, RFC 6350) as phones and address books export
 * them, through ez-vcard: quoted-printable and CHARSET, folded lines, grouped properties with
 * Apple's X-ABLabel, escapes, TZ as a zone or an offset, and Sitrep's own X-SITREP-* vendor fields.
 *
 * <p>An odd field (a zone nobody knows, an email without '@', an unknown TYPE) is a warning on its
 * line and the rest of the card goes in; every property not imported is named in a warning. Only a
 * file whose structure is broken (a card never closed, no card at all) is refused.
 */
public final class VCardReader {

  private VCardReader() {}

  public static ContactFile.Parsed read(String file, String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    VCardLayout layout = VCardLayout.scan(file, body);
    List<ParsedContact> contacts = new ArrayList<>();
    List<LineProblem> problems = new ArrayList<>(layout.problems);
    List<LineProblem> warnings = new ArrayList<>(layout.warnings);
    try (ezvcard.io.text.VCardReader reader = new ezvcard.io.text.VCardReader(body)) {
      int i = 0;
      VCard card;
      while ((card = reader.readNext()) != null) {
        List<ParseWarning> libraryWarnings = List.copyOf(reader.getWarnings());
        VCardLayout.Card where = i < layout.cards.size() ? layout.cards.get(i) : null;
        i++;
        if (where == null || !where.closed) {
          continue; // refused by the layout scan, with its line
        }
        VCardCard reading = new VCardCard(file, card, where, reader.getScribeIndex());
        for (ParseWarning w : libraryWarnings) {
          if ("TZ".equalsIgnoreCase(w.getPropertyName())) {
            continue; // the card's own TZ check says it in the commander's words
          }
          int line = w.getLineNumber() == null ? where.line : w.getLineNumber();
          String property = w.getPropertyName() == null ? "" : w.getPropertyName() + ": ";
          reading.warn(line, property + w.getMessage());
        }
        reading.contact().ifPresent(c -> contacts.add(new ParsedContact(where.line, c)));
        warnings.addAll(reading.warnings());
      }
    } catch (IOException | RuntimeException e) {
      // The library is lenient, but a file it cannot read at all must be a refusal, never a crash.
      problems.add(new LineProblem(file, 1, "cannot read the vCard file: " + e.getMessage()));
    }
    return new ContactFile.Parsed(contacts, problems, warnings);
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

  static String emailType(List<String> types) {
    for (String t : List.of("work", "home", "support")) {
      if (types.contains(t) || types.contains("x-" + t)) {
        return t;
      }
    }
    return "work";
  }

  /** An IANA zone ("Europe/Berlin") or a fixed offset ("-05:00", "-0500", "UTC"). */
  static ZoneId zone(String value) {
    String v = value.strip();
    if (v.matches("[+-]\\d{4}")) {
      v = v.substring(0, 3) + ":" + v.substring(3);
    }
    try {
      return ZoneId.of(v);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "unknown time zone '" + value + "': use a name like Europe/Berlin or -05:00");
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
