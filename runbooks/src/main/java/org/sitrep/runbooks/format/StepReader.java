package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.FencedCodeBlock;
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
        problems.error(
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
      text = joined.toString().strip();
    }
    if (text.isEmpty()) {
      problems.error(at, "step has no text: write what the responder should do");
    }
    Node command = commandBlock(item).orElse(trailingCode);
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
    return new Draft(
        text,
        kind,
        Optional.ofNullable(command).map(StepReader::command),
        dedent(notes.toString()),
        at.line());
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

  private static Command command(Node block) {
    if (block instanceof FencedCodeBlock fenced) {
      String info = fenced.getInfo() == null ? "" : fenced.getInfo().strip();
      String language = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
      return new Command(language, withoutLastNewline(fenced.getLiteral()));
    }
    return new Command("", withoutLastNewline(((IndentedCodeBlock) block).getLiteral()));
  }

  private static String withoutLastNewline(String literal) {
    String text = literal == null ? "" : literal;
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
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
