package org.sitrep.runbooks.format;

import java.util.Optional;

/**
 * A file cut into front matter (the YAML between the first two {@code ---} lines, when the very
 * first line is {@code ---}) and the Markdown body, with the file lines each starts on.
 */
record SourceFile(
    Optional<String> frontMatter,
    int frontMatterFirstLine,
    String body,
    int bodyFirstLine,
    int lastLine,
    boolean toml) {

  SourceFile(
      Optional<String> frontMatter,
      int frontMatterFirstLine,
      String body,
      int bodyFirstLine,
      int lastLine) {
    this(frontMatter, frontMatterFirstLine, body, bodyFirstLine, lastLine, false);
  }

  /** {@code text} has {@code \n} line ends. Empty when the front matter is never closed. */
  static Optional<SourceFile> split(String text, Problems problems) {
    int lastLine = 1 + (int) text.chars().filter(c -> c == '\n').count();
    int firstEnd = lineEnd(text, 0);
    String opening = text.substring(0, firstEnd).strip();
    if (opening.equals("+++")) {
      return toml(text, firstEnd, lastLine, problems);
    }
    if (!opening.equals("---")) {
      return Optional.of(new SourceFile(Optional.empty(), 0, text, 1, lastLine));
    }
    int line = 2;
    for (int start = firstEnd + 1; start <= text.length(); line++) {
      int end = lineEnd(text, start);
      String content = text.substring(start, end).strip();
      if (content.equals("---") || content.equals("...")) {
        String yaml = text.substring(Math.min(firstEnd + 1, start), start);
        String body = end >= text.length() ? "" : text.substring(end + 1);
        return Optional.of(new SourceFile(Optional.of(yaml), 2, body, line + 1, lastLine));
      }
      start = end + 1;
    }
    problems.error(
        Position.START, "front matter starts with `---` on line 1 but has no closing `---` line");
    return Optional.empty();
  }

  /** Hugo's TOML front matter between {@code +++} lines. */
  private static Optional<SourceFile> toml(
      String text, int firstEnd, int lastLine, Problems problems) {
    int line = 2;
    for (int start = firstEnd + 1; start <= text.length(); line++) {
      int end = lineEnd(text, start);
      if (text.substring(start, end).strip().equals("+++")) {
        String front = text.substring(Math.min(firstEnd + 1, start), start);
        String body = end >= text.length() ? "" : text.substring(end + 1);
        return Optional.of(new SourceFile(Optional.of(front), 2, body, line + 1, lastLine, true));
      }
      start = end + 1;
    }
    problems.error(
        Position.START, "front matter starts with `+++` on line 1 but has no closing `+++` line");
    return Optional.empty();
  }

  private static int lineEnd(String text, int start) {
    int end = text.indexOf('\n', start);
    return end < 0 ? text.length() : end;
  }
}
