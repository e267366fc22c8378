package org.sitrep.model.postmortem.html;

import java.util.Locale;

/** Escaping and the few checks every piece of generated HTML (and SVG) needs. */
public final class Html {

  private Html() {}

  /** Text safe in element content and in quoted attribute values. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          // Control characters other than tab and newline have no business in a document.
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
      }
    }
    return out.toString();
  }

  /**
   * Whether a link target may become an {@code href}: web and mail links, Sitrep's own {@code
   * sitrep://entry/…}, in-page anchors and relative paths. {@code javascript:}, {@code data:} and
   * every other scheme are refused, however they are spelt.
   */
  public static boolean safeUrl(String url) {
    StringBuilder cleaned = new StringBuilder();
    for (char c : url.strip().toCharArray()) {
      if (c > 0x20) {
        cleaned.append(Character.toLowerCase(c));
      }
    }
    String u = cleaned.toString();
    if (u.isEmpty()) {
      return false;
    }
    int colon = u.indexOf(':');
    int slash = u.indexOf('/');
    int hash = u.indexOf('#');
    int question = u.indexOf('?');
    boolean hasScheme =
        colon >= 0
            && (slash < 0 || colon < slash)
            && (hash < 0 || colon < hash)
            && (question < 0 || colon < question);
    if (!hasScheme) {
      return true;
    }
    String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
    return scheme.equals("http")
        || scheme.equals("https")
        || scheme.equals("mailto")
        || scheme.equals("sitrep");
  }

  /** An id for a heading: lower case, words joined by dashes. */
  public static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "section" : s;
  }
}
