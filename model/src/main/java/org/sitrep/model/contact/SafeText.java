package org.sitrep.model.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what a terminal or a text field would act on instead of showing: escape sequences (a name
 * holding {@code ESC]0;…BEL} retitled the commander's terminal), BEL, stray carriage returns and
 * the other C0 and C1 control codes. Tabs and line breaks stay.
 */
public final class SafeText {

  // OSC (ESC ] … BEL or ESC \), CSI (ESC [ … final byte), and two-byte escapes.
  private static final Pattern ESCAPES =
      Pattern.compile(
          "\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)?|\u009D[^\u0007\u009C]*[\u0007\u009C]?"
              + "|(\u001B\\[|\u009B)[0-?]*[ -/]*[@-~]?|\u001B[@-Z\\\\-_]?");
  private static final Pattern CONTROLS =
      Pattern.compile("[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]");

  private SafeText() {}

  /** {@code text} without control characters; line ends become {@code \n}. */
  public static String clean(String text) {
    if (text == null || text.isEmpty() || !needsCleaning(text)) {
      return text;
    }
    String s = text.replace("\r\n", "\n");
    s = ESCAPES.matcher(s).replaceAll("");
    s = s.replace('\r', '\n');
    return CONTROLS.matcher(s).replaceAll("");
  }

  /**
   * {@code contact} with every text field cleaned; the names of the fields that held control
   * characters are added to {@code cleaned} so the import can warn about them.
   */
  public static Contact clean(Contact c, List<String> cleaned) {
    List<Phone> phones = new ArrayList<>();
    for (Phone p : c.phones()) {
      phones.add(
          new Phone(field(p.type(), "phone type", cleaned), field(p.number(), "phone", cleaned)));
    }
    List<Email> emails = new ArrayList<>();
    for (Email e : c.emails()) {
      emails.add(
          new Email(field(e.type(), "email type", cleaned), field(e.address(), "email", cleaned)));
    }
    List<String> tags = new ArrayList<>();
    c.tags().forEach(t -> tags.add(field(t, "tags", cleaned)));
    List<String> ladder = new ArrayList<>();
    c.vendor().ladder().forEach(l -> ladder.add(field(l, "ladder", cleaned)));
    VendorSupport v = c.vendor();
    return new Contact(
        field(c.id(), "id", cleaned),
        c.kind(),
        field(c.name(), "name", cleaned),
        field(c.organisation(), "organisation", cleaned),
        field(c.title(), "title", cleaned),
        phones,
        emails,
        field(c.chat(), "chat", cleaned),
        c.zone(),
        tags,
        field(c.notes(), "notes", cleaned),
        new VendorSupport(
            field(v.account(), "account", cleaned),
            field(v.contract(), "contract", cleaned),
            field(v.tier(), "tier", cleaned),
            field(v.sla(), "sla", cleaned),
            ladder));
  }

  private static String field(String value, String name, List<String> cleaned) {
    String out = clean(value);
    if (out != null && !out.equals(value.replace("\r\n", "\n")) && !cleaned.contains(name)) {
      cleaned.add(name);
    }
    return out;
  }

  static boolean needsCleaning(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)) {
        return true;
      }
    }
    return false;
  }
}
