package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/** Reads one list item into a step's text, kind, command and notes. */
final class StepReader {

  /** A step before its key is known (keys need the whole runbook to stay unique). */
  record Draft(String text, StepKind kind, Optional<Command> command, String notes, int line) {}

  private record Marker(StepKind kind, int index, int length) {}

  private static final java.util.regex.Pattern HIGHLIGHT =
      java.util.regex.Pattern.compile(
          "\\{\\{[<%]\\s*highlight\\s+([\\w-]+)[^}\\n]*[>%]\\}\\}\\n(.*?)\\n\\s*"
              + "\\{\\{[<%]\\s*/highlight\\s*[>%]\\}\\}",
          java.util.regex.Pattern.DOTALL);

  private final BodySource source;
  private final CodeRanges code;
  private final int[] owner;
  private final Problems problems;

  /** {@code owner[line]} is the index of the step that body line belongs to, or -1. */
  StepReader(BodySource source, CodeRanges code, int[] owner, Problems problems) {
    this.source = source;
    this.code = code;
    this.owner = owner;
    this.problems = problems;
  }

  /**
   * True for {@code [ ]}, {@code [x]} or {@code [X]} followed by a space or the end of the line.
   */
  static int taskPrefixLength(String firstLine) {
    if (firstLine.length() < 3
        || firstLine.charAt(0) != '['
        || " xX".indexOf(firstLine.charAt(1)) < 0
        || firstLine.charAt(2) != ']') {
      return -1;
    }
    if (firstLine.length() > 3 && !Character.isWhitespace(firstLine.charAt(3))) {
      return -1;
    }
    int end = 3;
    while (end < firstLine.length() && Character.isWhitespace(firstLine.charAt(end))) {
      end++;
    }
    return end;
  }

  Draft read(int index, ListItem item, boolean task, Node trailingCode) {
    Position at = source.at(item.getSourceSpans().get(0));
    Node first = item.getFirstChild();
    Paragraph paragraph = first instanceof Paragraph p ? p : null;
    StepKind kind = StepKind.TASK;
    String text = "";
    if (paragraph != null) {
      List<SourceSpan> lines = paragraph.getSourceSpans();
      SourceSpan firstSpan = lines.get(0);
      String firstLine = source.text(firstSpan);
      int skip = task ? Math.max(0, taskPrefixLength(firstLine)) : 0;
      List<Marker> markers = markers(firstLine, firstSpan.getInputIndex(), skip);
      if (markers.size() > 1) {
        Marker second = markers.get(1);
        problems.soft(
            source.atIndex(second.index()),
            "step has more than one marker: ("
                + markers.get(0).kind().marker()
                + ") and ("
                + second.kind().marker()
                + "); a step has at most one");
      }
      kind = markers.isEmpty() ? StepKind.TASK : markers.get(0).kind();
      StringBuilder joined =
          new StringBuilder(withoutMarkers(firstLine, firstSpan.getInputIndex(), skip, markers));
      for (SourceSpan line : lines.subList(1, lines.size())) {
        joined.append(' ').append(source.text(line).strip());
      }
      text = Instructions.withoutTemplateTags(joined.toString().strip());
    }
    if (text.isEmpty()) {
      problems.soft(at, "step has no text: write what the responder should do");
    }
    Node command = commandBlock(item).orElse(trailingCode);
    Optional<CodeBlocks.Read> code = Optional.ofNullable(command).map(CodeBlocks::read);
    if (code.isEmpty() && !task && paragraph != null) {
      // a wiki's "Check the conditions: `kubectl describe node x`" carries its command inline
      code =
          Optional.ofNullable(PlainSteps.inlineCommand(paragraph))
              .map(c -> new CodeBlocks.Read(new Command("", c), ""));
    }
    StringBuilder notes = new StringBuilder();
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child == paragraph || child == command) {
        continue;
      }
      String raw = source.raw(child, line -> owner[line] == index);
      if (!raw.isBlank()) {
        notes.append(notes.length() > 0 ? "\n\n" : "").append(raw);
      }
    }
    code.map(CodeBlocks.Read::output).filter(o -> !o.isEmpty()).ifPresent(o -> output(notes, o));
    String written = dedent(notes.toString());
    if (code.isEmpty() && !task) {
      // Hugo's {{< highlight bash >}} … {{< /highlight >}} is a fenced block by another name
      java.util.regex.Matcher highlight = HIGHLIGHT.matcher(written);
      if (highlight.find()) {
        code =
            Optional.of(CodeBlocks.withoutPrompts(highlight.group(1), dedent(highlight.group(2))));
        written =
            (written.substring(0, highlight.start()) + written.substring(highlight.end())).strip();
      }
    }
    return new Draft(text, kind, code.map(CodeBlocks.Read::command), written, at.line());
  }

  /**
   * A code block outside lists; {@code before} is the paragraph right before it (its text is the
   * step's), or null.
   */
  Draft readCode(int index, Paragraph before, Node block) {
    CodeBlocks.Read code = CodeBlocks.read(block);
    String text = before == null ? "" : Instructions.withoutTemplateTags(joined(before));
    if (text.isEmpty()) {
      String first = code.command().text().strip().lines().findFirst().orElse("");
      text =
          code.command().runnable()
              ? "Run `" + first + "`"
              : "See the "
                  + (code.command().language().isEmpty() ? "block" : code.command().language())
                  + " below";
    }
    StringBuilder notes = new StringBuilder();
    if (!code.output().isEmpty()) {
      output(notes, code.output());
    }
    Node at = before != null ? before : block;
    return new Draft(
        text,
        StepKind.TASK,
        Optional.of(code.command()),
        notes.toString(),
        source.at(at.getSourceSpans().get(0)).line());
  }

  /** A sentence telling the responder what to do; {@code command} is its inline code, or null. */
  Draft readProse(int index, Paragraph paragraph, String command) {
    return new Draft(
        Instructions.withoutTemplateTags(joined(paragraph)),
        StepKind.TASK,
        Optional.ofNullable(command).map(c -> new Command("", c)),
        "",
        source.at(paragraph.getSourceSpans().get(0)).line());
  }

  /** A heading that is a step: its prose is the step's notes. */
  Draft readHeading(int index, Heading heading, List<Node> blocks) {
    StringBuilder notes = new StringBuilder();
    for (Node block : blocks) {
      String raw = source.raw(block, line -> owner[line] == index);
      if (!raw.isBlank()) {
        notes.append(notes.length() > 0 ? "\n\n" : "").append(raw);
      }
    }
    return new Draft(
        BodySource.plainText(heading),
        StepKind.TASK,
        Optional.empty(),
        dedent(notes.toString()),
        source.at(heading.getSourceSpans().get(0)).line());
  }

  /** What the terminal printed in the page's example: shown, never run. */
  private static void output(StringBuilder notes, String output) {
    notes
        .append(notes.length() > 0 ? "\n\n" : "")
        .append("Expected output:\n\n```\n")
        .append(output)
        .append("\n```");
  }

  private String joined(Paragraph paragraph) {
    List<SourceSpan> lines = paragraph.getSourceSpans();
    StringBuilder joined = new StringBuilder();
    for (SourceSpan line : lines) {
      joined.append(joined.length() > 0 ? " " : "").append(source.text(line).strip());
    }
    return joined.toString().strip();
  }

  /** Notes lose the indentation they share, so they read as Markdown of their own. */
  static String dedent(String text) {
    String[] lines = text.split("\n", -1);
    int common = Integer.MAX_VALUE;
    for (String line : lines) {
      int spaces = 0;
      while (spaces < line.length() && line.charAt(spaces) == ' ') {
        spaces++;
      }
      if (spaces < line.length()) {
        common = Math.min(common, spaces);
      }
    }
    if (common == 0 || common == Integer.MAX_VALUE) {
      return text;
    }
    for (int i = 0; i < lines.length; i++) {
      lines[i] = lines[i].length() >= common ? lines[i].substring(common) : "";
    }
    return String.join("\n", lines);
  }

  private static Optional<Node> commandBlock(ListItem item) {
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  /** Known markers in the first line, outside code: {@code (decision)}, {@code (verify)}… */
  private List<Marker> markers(String line, int lineStart, int from) {
    List<Marker> found = new ArrayList<>();
    for (int i = line.indexOf('(', from); i >= 0; i = line.indexOf('(', i + 1)) {
      // look only as far as the longest marker word, so a line of 100,000 '(' stays linear
      int limit = Math.min(line.length(), i + 11);
      int close = -1;
      for (int j = i + 1; j < limit; j++) {
        if (line.charAt(j) == ')') {
          close = j;
          break;
        }
      }
      if (close < 0 || code.contains(lineStart + i)) {
        continue;
      }
      Optional<StepKind> kind = StepKind.ofMarker(line.substring(i + 1, close));
      if (kind.isPresent()) {
        found.add(new Marker(kind.get(), lineStart + i, close - i + 1));
      }
    }
    return found;
  }

  private static String withoutMarkers(String line, int lineStart, int from, List<Marker> markers) {
    StringBuilder out = new StringBuilder();
    int next = from;
    for (Marker marker : markers) {
      int start = marker.index() - lineStart;
      out.append(line, next, start);
      next = start + marker.length();
      // "fail over (decision) — see" loses the marker and one of the two spaces around it
      boolean spaceBefore = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
      if (spaceBefore && next < line.length() && line.charAt(next) == ' ') {
        next++;
      }
    }
    out.append(line, next, line.length());
    return out.toString().strip();
  }
}
