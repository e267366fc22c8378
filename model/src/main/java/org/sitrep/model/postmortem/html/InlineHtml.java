package org.sitrep.model.postmortem.html;

/**
 * Inline Markdown to HTML: code spans, links, strong and emphasis, backslash escapes, line breaks.
 * Everything else is text and escaped, raw HTML included. One pass, left to right, each delimiter
 * looked for once from where it opens, so no input makes it slow.
 */
final class InlineHtml {

  private static final String PUNCTUATION = "\\`*_{}[]()#+-.!|<>~\"'";

  private InlineHtml() {}

  static String render(String text) {
    StringBuilder out = new StringBuilder(text.length() + 32);
    render(text, out);
    return out.toString();
  }

  private static void render(String s, StringBuilder out) {
    int i = 0;
    StringBuilder plain = new StringBuilder();
    while (i < s.length()) {
      char c = s.charAt(i);
      int next = -1;
      if (c == '\\' && i + 1 < s.length() && PUNCTUATION.indexOf(s.charAt(i + 1)) >= 0) {
        plain.append(s.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        flush(plain, out);
        out.append("<br>\n");
        i += 2;
        continue;
      }
      if (c == '`') {
        next = code(s, i, plain, out);
      } else if (c == '[' || (c == '!' && i + 1 < s.length() && s.charAt(i + 1) == '[')) {
        next = link(s, i, plain, out);
      } else if (c == '*' || c == '_') {
        next = emphasis(s, i, plain, out);
      } else if (c == '\n' && plain.toString().endsWith("  ")) {
        flush(new StringBuilder(plain.toString().stripTrailing()), out);
        plain.setLength(0);
        out.append("<br>\n");
        next = i + 1;
      }
      if (next < 0) {
        plain.append(c);
        i++;
      } else {
        i = next;
      }
    }
    flush(plain, out);
  }

  private static void flush(StringBuilder plain, StringBuilder out) {
    out.append(Html.escape(plain.toString()));
    plain.setLength(0);
  }

  /** `code` with any run of backticks, closed by the same run. */
  private static int code(String s, int at, StringBuilder plain, StringBuilder out) {
    int run = at;
    while (run < s.length() && s.charAt(run) == '`') {
      run++;
    }
    String ticks = s.substring(at, run);
    int close = s.indexOf(ticks, run);
    if (close < 0) {
      plain.append(ticks);
      return run;
    }
    flush(plain, out);
    String body = s.substring(run, close).replace('\n', ' ');
    if (body.length() > 1 && body.startsWith(" ") && body.endsWith(" ")) {
      body = body.substring(1, body.length() - 1);
    }
    out.append("<code>").append(Html.escape(body)).append("</code>");
    return close + ticks.length();
  }

  /** [text](target) — a link only when the target is safe; ![alt](src) shows its alt text. */
  private static int link(String s, int at, StringBuilder plain, StringBuilder out) {
    boolean image = s.charAt(at) == '!';
    int open = image ? at + 1 : at;
    int close = matching(s, open, '[', ']');
    if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != '(') {
      return -1;
    }
    int end = matching(s, close + 1, '(', ')');
    if (end < 0) {
      return -1;
    }
    String label = s.substring(open + 1, close);
    String target = s.substring(close + 2, end).strip();
    int space = target.indexOf(' ');
    if (space > 0) {
      target = target.substring(0, space); // a "title" after the address is dropped
    }
    if (target.startsWith("<") && target.endsWith(">")) {
      target = target.substring(1, target.length() - 1);
    }
    flush(plain, out);
    if (image) {
      // Self-contained and offline: nothing is fetched, the alt text stands in.
      out.append("<span class=\"image-alt\">").append(Html.escape(label)).append("</span>");
    } else if (Html.safeUrl(target)) {
      out.append("<a href=\"").append(Html.escape(target)).append("\">");
      render(label, out);
      out.append("</a>");
    } else {
      render(label, out);
    }
    return end + 1;
  }

  private static int matching(String s, int open, char o, char c) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (ch == o) {
        depth++;
      } else if (ch == c && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** **strong**, __strong__, *em*, _em_; an underscore inside a word (snake_case) is text. */
  private static int emphasis(String s, int at, StringBuilder plain, StringBuilder out) {
    char d = s.charAt(at);
    boolean strong = at + 1 < s.length() && s.charAt(at + 1) == d;
    String delim = strong ? "" + d + d : "" + d;
    int from = at + delim.length();
    if (d == '_' && at > 0 && Character.isLetterOrDigit(s.charAt(at - 1))) {
      return -1;
    }
    if (from >= s.length() || Character.isWhitespace(s.charAt(from))) {
      return -1;
    }
    int close = s.indexOf(delim, from + 1);
    while (close > 0 && !strong && close + 1 < s.length() && s.charAt(close + 1) == d) {
      close = s.indexOf(delim, close + 2);
    }
    if (close < 0 || Character.isWhitespace(s.charAt(close - 1))) {
      return -1;
    }
    int after = close + delim.length();
    if (d == '_' && after < s.length() && Character.isLetterOrDigit(s.charAt(after))) {
      return -1;
    }
    flush(plain, out);
    String tag = strong ? "strong" : "em";
    out.append('<').append(tag).append('>');
    render(s.substring(from, close), out);
    out.append("</").append(tag).append('>');
    return after;
  }
}
