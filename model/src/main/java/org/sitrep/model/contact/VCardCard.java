package org.sitrep.model.contact;

import ezvcard.VCard;
import ezvcard.io.scribe.ScribeIndex;
import ezvcard.property.Categories;
import ezvcard.property.FormattedName;
import ezvcard.property.Impp;
import ezvcard.property.Kind;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.Photo;
import ezvcard.property.ProductId;
import ezvcard.property.RawProperty;
import ezvcard.property.Revision;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Timezone;
import ezvcard.property.Title;
import ezvcard.property.Uid;
import ezvcard.property.VCardProperty;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One card read by ez-vcard turned into a contact, with a warning for each field it leaves out. */
final class VCardCard {

  private final String file;
  private final VCard card;
  private final VCardLayout.Card where;
  private final ScribeIndex scribes;
  private final Map<VCardProperty, Integer> lines = new IdentityHashMap<>();
  private final List<LineProblem> warnings = new ArrayList<>();
  private final List<String[]> pendingWarnings = new ArrayList<>();
  private final VCardReach reach;
  private String label = "";

  VCardCard(String file, VCard card, VCardLayout.Card where, ScribeIndex scribes) {
    this.file = file;
    this.card = card;
    this.where = where;
    this.scribes = scribes;
    this.reach = new VCardReach(card, this::warn, this::line);
    Map<String, Integer> seen = new java.util.HashMap<>();
    for (VCardProperty p : card.getProperties()) {
      String name = name(p);
      int index = seen.merge(name, 1, Integer::sum) - 1;
      lines.put(p, where.lineOf(name, index));
    }
  }

  List<LineProblem> warnings() {
    return warnings;
  }

  /** A warning on {@code line}, naming the card once its name is known. */
  void warn(int line, String message) {
    if (label.isEmpty()) {
      pendingWarnings.add(new String[] {String.valueOf(line), message});
    } else {
      warnings.add(new LineProblem(file, line, label + ": " + message));
    }
  }

  Optional<Contact> contact() {
    String fn = first(card.getFormattedNames(), FormattedName::getValue);
    String n = structuredName(card.getStructuredName());
    Organization orgProperty = card.getOrganization();
    String org =
        orgProperty == null || orgProperty.getValues().isEmpty()
            ? ""
            : nz(orgProperty.getValues().get(0)).strip();
    List<Phone> phones = new ArrayList<>();
    List<Email> emails = new ArrayList<>();
    String name = !fn.isEmpty() ? fn : !n.isEmpty() ? n : org;
    label = "card '" + (name.isEmpty() ? "line " + where.line : SafeText.clean(name)) + "'";
    pendingWarnings.forEach(w -> warn(Integer.parseInt(w[0]), w[1]));
    Set<VCardProperty> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Telephone t : card.getTelephoneNumbers()) {
      used.add(t);
      reach.phone(t).ifPresent(phones::add);
    }
    for (ezvcard.property.Email e : card.getEmails()) {
      used.add(e);
      reach.email(e).ifPresent(emails::add);
    }
    ContactKind kind = ContactKind.PERSON;
    Kind k = card.getKind();
    if (k != null) {
      used.add(k);
      kind = k.isOrg() ? ContactKind.VENDOR : kind;
    }
    VCardVendorFields vendor = new VCardVendorFields();
    String chat = "";
    for (RawProperty raw : card.getExtendedProperties()) {
      String rawName = raw.getPropertyName().toUpperCase(Locale.ROOT);
      String value = VCardReach.rawText(card, raw);
      switch (rawName) {
        case "KIND", "X-ADDRESSBOOKSERVER-KIND" ->
            kind = value.strip().equalsIgnoreCase("org") ? ContactKind.VENDOR : kind;
        case "X-ABSHOWAS" ->
            kind = value.strip().equalsIgnoreCase("COMPANY") ? ContactKind.VENDOR : kind;
        case "X-ABLABEL" -> {} // read with the TEL or EMAIL of its group
        case "X-SITREP-CHAT" -> chat = chat.isEmpty() ? value.strip() : chat;
        default -> {
          if (!vendor.take(rawName, value)) {
            continue;
          }
        }
      }
      used.add(raw);
    }
    for (Impp impp : card.getImpps()) {
      if (chat.isEmpty() && impp.getUri() != null) {
        chat = impp.getUri().toString();
        used.add(impp);
      }
    }
    Optional<ZoneId> zone = Optional.empty();
    Timezone tz = card.getTimezone();
    if (tz != null) {
      used.add(tz);
      zone = zone(tz);
    }
    List<String> tags = new ArrayList<>();
    for (Categories c : card.getCategoriesList()) {
      used.add(c);
      c.getValues().stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
    }
    List<String> notes = new ArrayList<>();
    for (Note note : card.getNotes()) {
      used.add(note);
      notes.add(nz(note.getValue()).strip());
    }
    String title = first(card.getTitles(), Title::getValue);
    markFirst(used, card.getFormattedNames());
    markFirst(used, card.getTitles());
    if (card.getStructuredName() != null) {
      used.add(card.getStructuredName());
    }
    if (orgProperty != null) {
      used.add(orgProperty);
    }
    reportUnused(used);
    if (name.isEmpty()) {
      name =
          !emails.isEmpty()
              ? emails.get(0).address()
              : !phones.isEmpty() ? phones.get(0).number() : "";
      if (name.isEmpty()) {
        warn(where.line, "no name, email or phone: card skipped");
        return Optional.empty();
      }
      warn(
          where.line,
          "FN, N and ORG are empty: named after its " + (emails.isEmpty() ? "phone" : "email"));
    }
    if (kind == ContactKind.PERSON && fn.isEmpty() && n.isEmpty() && !org.isEmpty()) {
      kind = ContactKind.VENDOR;
    }
    Contact contact =
        new Contact(
            vendor.id,
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
            vendor.support());
    List<String> cleaned = new ArrayList<>();
    Contact safe = SafeText.clean(contact, cleaned);
    if (!cleaned.isEmpty()) {
      warn(where.line, "control characters removed from " + String.join(", ", cleaned));
    }
    return Optional.of(safe);
  }

  private Optional<ZoneId> zone(Timezone tz) {
    if (tz.getOffset() != null) {
      return Optional.of(tz.getOffset());
    }
    String text = nz(tz.getText());
    try {
      return Optional.of(VCardReader.zone(text));
    } catch (IllegalArgumentException e) {
      warn(line(tz), "TZ: " + e.getMessage() + "; imported without a zone");
      return Optional.empty();
    }
  }

  private void reportUnused(Set<VCardProperty> used) {
    Set<String> skipped = new LinkedHashSet<>();
    int firstLine = Integer.MAX_VALUE;
    for (VCardProperty p : card.getProperties()) {
      if (used.contains(p) || p instanceof ProductId || p instanceof Revision || p instanceof Uid) {
        continue; // bookkeeping of the exporter, not facts about the person
      }
      if (p instanceof Photo) {
        warn(line(p), "PHOTO ignored: Sitrep keeps no pictures");
        continue;
      }
      if (p instanceof RawProperty r && r.getPropertyName().equalsIgnoreCase("X-ABLABEL")) {
        continue;
      }
      skipped.add(name(p));
      firstLine = Math.min(firstLine, line(p));
    }
    if (!skipped.isEmpty()) {
      warn(firstLine, "not imported: " + String.join(", ", skipped));
    }
  }

  private int line(VCardProperty p) {
    return lines.getOrDefault(p, where.line);
  }

  private String name(VCardProperty p) {
    if (p instanceof RawProperty r) {
      return r.getPropertyName().toUpperCase(Locale.ROOT);
    }
    var scribe = scribes.getPropertyScribe(p);
    return scribe == null
        ? p.getClass().getSimpleName().toUpperCase(Locale.ROOT)
        : scribe.getPropertyName().toUpperCase(Locale.ROOT);
  }

  private static String structuredName(StructuredName n) {
    if (n == null) {
      return "";
    }
    return (nz(n.getGiven()) + " " + nz(n.getFamily())).strip();
  }

  private static <T extends VCardProperty> String first(
      List<T> list, java.util.function.Function<T, String> value) {
    return list.isEmpty() ? "" : nz(value.apply(list.get(0))).strip();
  }

  private static <T extends VCardProperty> void markFirst(Set<VCardProperty> used, List<T> list) {
    if (!list.isEmpty()) {
      used.add(list.get(0));
    }
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
