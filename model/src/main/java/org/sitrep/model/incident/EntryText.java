package org.sitrep.model.incident;

import org.sitrep.model.ChangeRefusedException;

/** Checks for the free text operators type: titles, services, log entries. */
public final class EntryText {

  public static final int MAX_ENTRY = 20_000;
  public static final int MAX_TITLE = 200;
  public static final int MAX_SERVICE = 80;

  private EntryText() {}

  /**
   * Trims, refuses empty or oversized text, drops control characters other than tab and newline.
   */
  public static String entry(String raw) {
    return check("entry text", raw, MAX_ENTRY, true);
  }

  public static String title(String raw) {
    return check("title", raw, MAX_TITLE, false);
  }

  public static String service(String raw) {
    return check("service name", raw, MAX_SERVICE, false);
  }

  public static String person(String raw) {
    return check("person's name", raw, MAX_SERVICE, false);
  }

  private static String check(String what, String raw, int max, boolean multiline) {
    String text = raw == null ? "" : raw.strip();
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isISOControl(c) || (multiline && (c == '\n' || c == '\t')))
        .map(c -> !multiline && Character.isISOControl(c) ? ' ' : c)
        .forEach(clean::appendCodePoint);
    String result = clean.toString().strip();
    if (result.isEmpty()) {
      throw new ChangeRefusedException(what + " is empty");
    }
    if (result.length() > max) {
      throw new ChangeRefusedException(
          what + " is " + result.length() + " characters long; at most " + max);
    }
    return result;
  }
}
