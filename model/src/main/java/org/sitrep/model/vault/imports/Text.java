package org.sitrep.model.vault.imports;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Clear fields as the vault keeps them: one line, no control characters, searchable. */
final class Text {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029 ]+");

  private Text() {}

  /** Control characters (an escape sequence in a title would reach the terminal) become spaces. */
  static String oneLine(String value) {
    return CONTROL.matcher(value).replaceAll(" ").strip();
  }

  static String tag(String value) {
    return oneLine(value).replace(',', ' ').strip();
  }

  static String cut(String value, int limit) {
    return value.length() <= limit ? value : value.substring(0, limit).strip();
  }

  /** The host a URL points at, for the item's host field; "" when it names none. */
  static String host(String url) {
    if (url.isEmpty()) {
      return "";
    }
    try {
      URI u = new URI(url.contains("://") ? url : "https://" + url);
      return u.getHost() == null ? "" : u.getHost();
    } catch (URISyntaxException e) {
      return "";
    }
  }

  /**
   * Whether {@code field} contains any of the secrets (4 characters or more, as the vault's own
   * rule), compared without making a String of them.
   */
  static boolean contains(String field, char[]... secrets) {
    for (char[] secret : secrets) {
      if (secret.length >= 4 && indexOf(field, secret) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(String field, char[] secret) {
    outer:
    for (int start = 0; start + secret.length <= field.length(); start++) {
      for (int k = 0; k < secret.length; k++) {
        if (field.charAt(start + k) != secret[k]) {
          continue outer;
        }
      }
      return start;
    }
    return -1;
  }
}
