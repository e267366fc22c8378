package org.sitrep.model.contact;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.RawProperty;
import ezvcard.property.Telephone;
import ezvcard.property.VCardProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.ToIntFunction;

/** A card's phone numbers and addresses with their types: TYPE words or an Apple label. */
final class VCardReach {

  private static final Set<String> KNOWN_TEL_TYPES =
      Set.of(
          "cell",
          "mobile",
          "iphone",
          "pager",
          "fax",
          "support",
          "work",
          "home",
          "voice",
          "pref",
          "main",
          "text",
          "msg",
          "video",
          "other",
          "textphone",
          "bbs",
          "modem",
          "car",
          "isdn",
          "pcs",
          "internet");
  private static final Set<String> KNOWN_EMAIL_TYPES =
      Set.of("work", "home", "support", "internet", "pref", "x400", "aol", "other", "x-mobileme");

  private final VCard card;
  private final BiConsumer<Integer, String> warn;
  private final ToIntFunction<VCardProperty> line;

  VCardReach(VCard card, BiConsumer<Integer, String> warn, ToIntFunction<VCardProperty> line) {
    this.card = card;
    this.warn = warn;
    this.line = line;
  }

  Optional<Phone> phone(Telephone t) {
    String number =
        t.getText() != null ? t.getText() : t.getUri() != null ? t.getUri().getNumber() : "";
    number = nz(number).strip();
    if (number.regionMatches(true, 0, "tel:", 0, 4)) {
      number = number.substring(4);
    }
    if (number.isBlank()) {
      warn.accept(line.applyAsInt(t), "TEL is empty: left out");
      return Optional.empty();
    }
    List<String> types = new ArrayList<>();
    t.getTypes().forEach(type -> types.add(VCardReader.lower(type.getValue())));
    Optional<String> custom = groupLabel(t);
    if (custom.isPresent()) {
      return Optional.of(new Phone(custom.get(), number));
    }
    List<String> unknown =
        types.stream().filter(x -> !KNOWN_TEL_TYPES.contains(x) && !x.startsWith("x-")).toList();
    String type = VCardReader.phoneType(types);
    if (!unknown.isEmpty()) {
      warn.accept(
          line.applyAsInt(t),
          "TEL TYPE=" + String.join(",", unknown) + " is not a known type: imported as " + type);
    }
    return Optional.of(new Phone(type, number));
  }

  Optional<Email> email(ezvcard.property.Email e) {
    String address = nz(e.getValue()).strip();
    if (!address.contains("@")) {
      warn.accept(line.applyAsInt(e), "EMAIL '" + address + "' is not an email address: left out");
      return Optional.empty();
    }
    List<String> types = new ArrayList<>();
    e.getTypes().forEach(type -> types.add(VCardReader.lower(type.getValue())));
    Optional<String> custom = groupLabel(e);
    if (custom.isPresent()) {
      return Optional.of(new Email(custom.get(), address));
    }
    List<String> unknown =
        types.stream().filter(x -> !KNOWN_EMAIL_TYPES.contains(x) && !x.startsWith("x-")).toList();
    String type = VCardReader.emailType(types);
    if (!unknown.isEmpty()) {
      warn.accept(
          line.applyAsInt(e),
          "EMAIL TYPE=" + String.join(",", unknown) + " is not a known type: imported as " + type);
    }
    return Optional.of(new Email(type, address));
  }

  /** Apple's custom label: {@code item1.TEL} goes with {@code item1.X-ABLabel:On-call pager}. */
  private Optional<String> groupLabel(VCardProperty p) {
    if (p.getGroup() == null) {
      return Optional.empty();
    }
    for (RawProperty raw : card.getExtendedProperties("X-ABLABEL")) {
      if (p.getGroup().equalsIgnoreCase(raw.getGroup())) {
        return Optional.of(AppleLabels.type(rawText(card, raw))).filter(s -> !s.isEmpty());
      }
    }
    return Optional.empty();
  }

  static String rawText(VCard card, RawProperty raw) {
    String v = nz(raw.getValue());
    // ez-vcard leaves unknown properties escaped; 2.1 has no escaping.
    return card.getVersion() == VCardVersion.V2_1 ? v : ContentLine.unescape(v);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
