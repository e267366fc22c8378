package org.sitrep.model.contact;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes contacts as vCard 3.0 or 4.0, CRLF line ends, folded at 75 octets without splitting a
 * UTF-8 character. Vendor facts travel as X-SITREP-* lines so a re-import loses nothing.
 */
public final class VCardWriter {

  private VCardWriter() {}

  public static String write(List<Contact> contacts, String version) {
    if (!version.equals("3.0") && !version.equals("4.0")) {
      throw new IllegalArgumentException("vCard version must be 3.0 or 4.0, not " + version);
    }
    StringBuilder out = new StringBuilder();
    for (Contact c : contacts) {
      line(out, "BEGIN:VCARD");
      line(out, "VERSION:" + version);
      if (c.kind() == ContactKind.VENDOR) {
        line(out, (version.equals("4.0") ? "KIND:" : "X-ADDRESSBOOKSERVER-KIND:") + "org");
      }
      line(out, "FN:" + ContentLine.escape(c.name()));
      line(out, "N:" + structuredName(c));
      if (!c.organisation().isEmpty()) {
        line(out, "ORG:" + ContentLine.escape(c.organisation()));
      }
      if (!c.title().isEmpty()) {
        line(out, "TITLE:" + ContentLine.escape(c.title()));
      }
      for (Phone p : c.phones()) {
        line(out, "TEL;TYPE=" + p.type() + ":" + ContentLine.escape(p.number()));
      }
      for (Email e : c.emails()) {
        line(out, "EMAIL;TYPE=" + e.type() + ":" + ContentLine.escape(e.address()));
      }
      if (!c.chat().isEmpty()) {
        line(out, "X-SITREP-CHAT:" + ContentLine.escape(c.chat()));
      }
      c.zone().map(ZoneId::getId).ifPresent(z -> line(out, "TZ;VALUE=text:" + z));
      if (!c.tags().isEmpty()) {
        line(
            out,
            "CATEGORIES:" + String.join(",", c.tags().stream().map(ContentLine::escape).toList()));
      }
      if (!c.notes().isEmpty()) {
        line(out, "NOTE:" + ContentLine.escape(c.notes()));
      }
      VendorSupport v = c.vendor();
      optional(out, "X-SITREP-ACCOUNT", v.account());
      optional(out, "X-SITREP-CONTRACT", v.contract());
      optional(out, "X-SITREP-TIER", v.tier());
      optional(out, "X-SITREP-SLA", v.sla());
      v.ladder().forEach(rung -> line(out, "X-SITREP-LADDER:" + ContentLine.escape(rung)));
      line(out, "X-SITREP-ID:" + c.id());
      line(out, "END:VCARD");
    }
    return out.toString();
  }

  private static String structuredName(Contact c) {
    if (c.kind() == ContactKind.VENDOR) {
      return ContentLine.escape(c.name()) + ";;;;";
    }
    int space = c.name().lastIndexOf(' ');
    String family = space < 0 ? c.name() : c.name().substring(space + 1);
    String given = space < 0 ? "" : c.name().substring(0, space);
    return ContentLine.escape(family) + ";" + ContentLine.escape(given) + ";;;";
  }

  private static void optional(StringBuilder out, String name, String value) {
    if (!value.isEmpty()) {
      line(out, name + ":" + ContentLine.escape(value));
    }
  }

  /** Appends one content line, folded so no physical line exceeds 75 octets. */
  static void line(StringBuilder out, String text) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
