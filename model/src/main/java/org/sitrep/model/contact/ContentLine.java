package org.sitrep.model.contact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One unfolded vCard or iCalendar content line: {@code [group.]NAME;PARAM=a,b;PARAM="x:y":value}.
 * Both formats share this grammar (RFC 6350 and RFC 5545), so both readers use it.
 */
public record ContentLine(int line, String name, Map<String, List<String>> params, String value) {

  /** A line that does not follow the grammar, and why. */
  public static final class Malformed extends RuntimeException {
    Malformed(String message) {
      super(message);
    }
  }

  /**
   * Unfolds {@code text}: a physical line starting with a space or a tab continues the one before.
   * Each logical line keeps the number of its first physical line. A byte-order mark is dropped.
   */
  public static List<String[]> unfold(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] physical = s.split("\r\n|\n|\r", -1);
    List<String[]> logical = new ArrayList<>();
    for (int i = 0; i < physical.length; i++) {
      String p = physical[i];
      if ((p.startsWith(" ") || p.startsWith("\t")) && !logical.isEmpty()) {
        String[] last = logical.get(logical.size() - 1);
        last[1] = last[1] + p.substring(1);
      } else if (!p.isBlank()) {
        logical.add(new String[] {String.valueOf(i + 1), p});
      }
    }
    return logical;
  }

  public static ContentLine parse(int line, String text) {
    int i = 0;
    int n = text.length();
    while (i < n && text.charAt(i) != ';' && text.charAt(i) != ':') {
      i++;
    }
    if (i == n) {
      throw new Malformed("'" + shorten(text) + "' has no ':' between name and value");
    }
    String name = text.substring(0, i).toUpperCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    name = dot >= 0 ? name.substring(dot + 1) : name;
    if (name.isBlank()) {
      throw new Malformed("a line starts with ':' or ';' and names no property");
    }
    Map<String, List<String>> params = new LinkedHashMap<>();
    while (i < n && text.charAt(i) == ';') {
      int start = ++i;
      boolean quoted = false;
      while (i < n && (quoted || (text.charAt(i) != ';' && text.charAt(i) != ':'))) {
        if (text.charAt(i) == '"') {
          quoted = !quoted;
        }
        i++;
      }
      if (i == n) {
        throw new Malformed("the parameters of " + name + " never end in ':'");
      }
      addParam(params, text.substring(start, i));
    }
    return new ContentLine(line, name, params, text.substring(i + 1));
  }

  private static void addParam(Map<String, List<String>> params, String param) {
    int eq = param.indexOf('=');
    // vCard 2.1 style "TEL;CELL:…" still appears in exports: a bare word is a TYPE.
    String key = eq < 0 ? "TYPE" : param.substring(0, eq).toUpperCase(Locale.ROOT).strip();
    String values = eq < 0 ? param : param.substring(eq + 1);
    List<String> list = params.computeIfAbsent(key, k -> new ArrayList<>());
    // TYPE="cell,voice" (4.0) and TYPE=cell,voice (3.0) mean the same list.
    for (String v : values.replace("\"", "").split(",")) {
      if (!v.isBlank()) {
        list.add(v.strip());
      }
    }
  }

  public String param(String key) {
    List<String> v = params.get(key);
    return v == null || v.isEmpty() ? "" : v.get(0);
  }

  /** TYPE values in lower case: "cell", "work", "pref"… */
  public List<String> types() {
    return params.getOrDefault("TYPE", List.of()).stream()
        .map(t -> t.toLowerCase(Locale.ROOT))
        .toList();
  }

  /** The value as text, with \n, \, \; and \\ unescaped. */
  public String text() {
    return unescape(value);
  }

  /** The value split on unescaped {@code separator}, each part unescaped. */
  public List<String> parts(char separator) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        cur.append(c).append(value.charAt(++i));
      } else if (c == separator) {
        out.add(unescape(cur.toString()));
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(unescape(cur.toString()));
    return out;
  }

  static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(next == 'n' || next == 'N' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  public static String escape(String s) {
    return s.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n");
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
