package org.sitrep.model.postmortem.html;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bullet, numbered or task list. Items are the lines at the list's indentation; deeper lines (a
 * nested list, a continued paragraph) belong to the item above and are rendered as Markdown of
 * their own, so nesting works to any depth the text has.
 */
final class ListBlock {

  private static final Pattern ITEM = Pattern.compile("^( *)([-*+]|\\d{1,9}[.)])\\s+(.*)$");

  private ListBlock() {}

  static void render(List<String> lines, IntConsumer done, int from, StringBuilder out) {
    Matcher first = ITEM.matcher(lines.get(from));
    first.matches();
    int indent = first.group(1).length();
    boolean ordered = Character.isDigit(first.group(2).charAt(0));
    String tag = ordered ? "ol" : "ul";
    out.append('<').append(tag);
    if (ordered) {
      String n = first.group(2).substring(0, first.group(2).length() - 1);
      if (!n.equals("1")) {
        out.append(" start=\"").append(Long.parseLong(n)).append('"');
      }
    }
    out.append(">\n");
    int at = from;
    while (at < lines.size()) {
      Matcher m = ITEM.matcher(lines.get(at));
      if (!m.matches() || m.group(1).length() != indent) {
        break;
      }
      boolean sameKind = Character.isDigit(m.group(2).charAt(0)) == ordered;
      if (!sameKind) {
        break;
      }
      StringBuilder body = new StringBuilder(m.group(3)).append('\n');
      at++;
      // Deeper or continuation lines, and blank lines followed by deeper ones, belong to it.
      while (at < lines.size()) {
        String line = lines.get(at);
        if (line.isBlank()) {
          if (at + 1 < lines.size() && leading(lines.get(at + 1)) > indent) {
            body.append('\n');
            at++;
            continue;
          }
          break;
        }
        if (leading(line) <= indent) {
          break;
        }
        body.append(line.substring(Math.min(leading(line), indent + 2))).append('\n');
        at++;
      }
      item(body.toString(), out);
    }
    out.append("</").append(tag).append(">\n");
    done.accept(at);
  }

  private static void item(String body, StringBuilder out) {
    String text = body;
    out.append("<li");
    if (text.startsWith("[ ] ") || text.startsWith("[x] ") || text.startsWith("[X] ")) {
      boolean checked = text.charAt(1) != ' ';
      out.append(" class=\"task\"><span class=\"box\">").append(checked ? "☑" : "☐");
      out.append("</span> ");
      text = text.substring(4);
    } else {
      out.append('>');
    }
    int nl = text.indexOf('\n');
    String firstLine = text.substring(0, nl);
    String rest = text.substring(nl + 1);
    // The first line is the item's text; what follows (a nested list) is Markdown of its own.
    int split = firstNested(rest);
    String para = (firstLine + "\n" + rest.substring(0, split)).strip();
    out.append(InlineHtml.render(para));
    if (split < rest.length()) {
      out.append('\n').append(MarkdownHtml.render(rest.substring(split)));
    }
    out.append("</li>\n");
  }

  /** Where the first nested block starts in an item's further lines (a list item or a blank). */
  private static int firstNested(String rest) {
    int pos = 0;
    for (String line : rest.split("\n", -1)) {
      if (line.isBlank() || ITEM.matcher(line).matches()) {
        return pos;
      }
      pos += line.length() + 1;
    }
    return rest.length();
  }

  private static int leading(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
