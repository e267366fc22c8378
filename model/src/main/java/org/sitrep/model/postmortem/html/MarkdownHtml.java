package org.sitrep.model.postmortem.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, safe Markdown to HTML converter for what the postmortem generator writes and what people
 * type into it: headings, paragraphs, bullet, numbered and task lists (nested by indentation),
 * fenced code, block quotes, tables, rules, and inline code, emphasis and links. Raw HTML is shown
 * as text; links to anything but web, mail, in-page and {@code sitrep://} addresses become plain
 * text. Not CommonMark: close enough for prose, and it never lets markup through.
 */
public final class MarkdownHtml {

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern ITEM = Pattern.compile("^( *)([-*+]|\\d{1,9}[.)])\\s+(.*)$");
  private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])( *\\1){2,}\\s*$");
  private static final Pattern TABLE_SEP =
      Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");

  private final List<String> lines;
  private final StringBuilder out = new StringBuilder();
  private int at;

  private MarkdownHtml(String markdown) {
    this.lines = List.of(markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
  }

  public static String render(String markdown) {
    MarkdownHtml m = new MarkdownHtml(markdown);
    m.blocks();
    return m.out.toString();
  }

  private void blocks() {
    while (at < lines.size()) {
      String line = lines.get(at);
      String t = line.strip();
      if (t.isEmpty()) {
        at++;
      } else if (t.startsWith("```") || t.startsWith("~~~")) {
        fenced(t.substring(0, 3));
      } else if (HEADING.matcher(line).matches()) {
        heading(line);
      } else if (RULE.matcher(line).matches()) {
        out.append("<hr>\n");
        at++;
      } else if (t.startsWith("|") && at + 1 < lines.size() && isTableSep(lines.get(at + 1))) {
        table();
      } else if (t.startsWith(">")) {
        quote();
      } else if (ITEM.matcher(line).matches()) {
        list();
      } else {
        paragraph();
      }
    }
  }

  private void fenced(String fence) {
    at++;
    StringBuilder code = new StringBuilder();
    while (at < lines.size() && !lines.get(at).strip().startsWith(fence)) {
      code.append(lines.get(at)).append('\n');
      at++;
    }
    at++; // the closing fence, or past the end of an unclosed block
    out.append("<pre><code>").append(Html.escape(code.toString())).append("</code></pre>\n");
  }

  private void heading(String line) {
    Matcher m = HEADING.matcher(line);
    m.matches();
    int level = m.group(1).length();
    String text = m.group(2);
    out.append("<h").append(level).append(" id=\"").append(Html.escape(Html.slug(text)));
    out.append("\">").append(InlineHtml.render(text)).append("</h").append(level).append(">\n");
    at++;
  }

  private void quote() {
    StringBuilder inner = new StringBuilder();
    while (at < lines.size() && lines.get(at).strip().startsWith(">")) {
      String t = lines.get(at).strip().substring(1);
      inner.append(t.startsWith(" ") ? t.substring(1) : t).append('\n');
      at++;
    }
    out.append("<blockquote>\n").append(render(inner.toString())).append("</blockquote>\n");
  }

  private void paragraph() {
    StringBuilder text = new StringBuilder();
    while (at < lines.size()) {
      String line = lines.get(at);
      String t = line.strip();
      boolean startsBlock =
          t.isEmpty()
              || t.startsWith("```")
              || t.startsWith("~~~")
              || t.startsWith(">")
              || HEADING.matcher(line).matches()
              || (text.length() > 0 && ITEM.matcher(line).matches())
              || (text.length() > 0 && RULE.matcher(line).matches());
      if (startsBlock && text.length() > 0) {
        break;
      }
      text.append(text.length() == 0 ? "" : "\n").append(line.stripLeading());
      at++;
    }
    out.append("<p>").append(InlineHtml.render(text.toString().stripTrailing())).append("</p>\n");
  }

  private void table() {
    List<String> header = cells(lines.get(at));
    at += 2;
    out.append("<table>\n");
    // The draft's key-value tables have an empty header row ("| | |"): no empty bar on top.
    if (header.stream().anyMatch(c -> !c.isBlank())) {
      out.append("<thead><tr>");
      header.forEach(c -> out.append("<th>").append(InlineHtml.render(c)).append("</th>"));
      out.append("</tr></thead>\n");
    }
    out.append("<tbody>\n");
    while (at < lines.size() && lines.get(at).strip().startsWith("|")) {
      out.append("<tr>");
      List<String> row = cells(lines.get(at));
      for (int i = 0; i < header.size(); i++) {
        out.append("<td>").append(InlineHtml.render(i < row.size() ? row.get(i) : ""));
        out.append("</td>");
      }
      out.append("</tr>\n");
      at++;
    }
    out.append("</tbody>\n</table>\n");
  }

  private static boolean isTableSep(String line) {
    return line.contains("-") && TABLE_SEP.matcher(line).matches();
  }

  /** Cells split at unescaped pipes; the escape stays for the inline pass to drop. */
  static List<String> cells(String line) {
    String t = line.strip();
    if (t.startsWith("|")) {
      t = t.substring(1);
    }
    if (t.endsWith("|") && !t.endsWith("\\|")) {
      t = t.substring(0, t.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\\' && i + 1 < t.length()) {
        cell.append(c).append(t.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  private void list() {
    ListBlock.render(lines, this::setAt, at, out);
  }

  private void setAt(int next) {
    at = next;
  }
}
