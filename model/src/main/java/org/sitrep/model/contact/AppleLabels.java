package org.sitrep.model.contact;

import java.util.Locale;

/**
 * Apple's X-ABLabel values: built-in labels are written {@code _$!<Mobile>!$_}, custom ones as
 * typed ("On-call pager"). Built-in ones map to Sitrep's types; a custom label is kept as the type,
 * since it is what the team called that number.
 */
final class AppleLabels {

  private AppleLabels() {}

  static String type(String label) {
    String l = label.strip();
    if (l.startsWith("_$!<") && l.endsWith(">!$_")) {
      l = l.substring(4, l.length() - 4);
    }
    l = l.toLowerCase(Locale.ROOT).strip();
    return switch (l) {
      case "mobile", "iphone", "cell" -> "cell";
      case "main", "other" -> "voice";
      case "homefax", "workfax", "otherfax", "home fax", "work fax" -> "fax";
      default -> l;
    };
  }
}
