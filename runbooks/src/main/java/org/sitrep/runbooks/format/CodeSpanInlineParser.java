package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * Inline parsing reduced to what runbooks need: {@code `code spans`} (markers and links inside them
 * are not markers and links) and text. commonmark's full inline parser is quadratic on thousands of
 * {@code [} across lines and overflows the stack on nested images; this one is linear and flat.
 * Step text and notes keep their Markdown as written, so nothing is lost.
 */
final class CodeSpanInlineParser implements InlineParser {

  @Override
  public void parse(SourceLines lines, Node block) {
    List<SourceLine> sourceLines = lines.getLines();
    StringBuilder joined = new StringBuilder();
    int[] lineStarts = new int[sourceLines.size()];
    for (int k = 0; k < sourceLines.size(); k++) {
      if (k > 0) {
        joined.append('\n');
      }
      lineStarts[k] = joined.length();
      joined.append(sourceLines.get(k).getContent());
    }
    String text = joined.toString();
    Map<Integer, List<Integer>> runsByLength = backtickRuns(text);
    int textStart = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
        i += 2; // an escaped backtick opens nothing
      } else if (c == '`') {
        int runEnd = i;
        while (runEnd < text.length() && text.charAt(runEnd) == '`') {
          runEnd++;
        }
        int close = nextRun(runsByLength, runEnd - i, runEnd);
        if (close < 0) {
          i = runEnd;
          continue;
        }
        addText(block, text, textStart, i, sourceLines, lineStarts);
        int end = close + (runEnd - i);
        Code code = new Code(codeLiteral(text.substring(runEnd, close)));
        addSpans(code, i, end, sourceLines, lineStarts);
        block.appendChild(code);
        textStart = end;
        i = end;
      } else {
        i++;
      }
    }
    addText(block, text, textStart, text.length(), sourceLines, lineStarts);
  }

  /** Start positions of every maximal run of backticks, by run length. */
  private static Map<Integer, List<Integer>> backtickRuns(String text) {
    Map<Integer, List<Integer>> runs = new HashMap<>();
    for (int i = 0; i < text.length(); ) {
      if (text.charAt(i) != '`') {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && text.charAt(end) == '`') {
        end++;
      }
      runs.computeIfAbsent(end - i, length -> new ArrayList<>()).add(i);
      i = end;
    }
    return runs;
  }

  /** The first run of exactly {@code length} backticks starting at or after {@code from}. */
  private static int nextRun(Map<Integer, List<Integer>> runs, int length, int from) {
    List<Integer> starts = runs.getOrDefault(length, List.of());
    int found = Collections.binarySearch(starts, from);
    int index = found >= 0 ? found : -found - 1;
    return index < starts.size() ? starts.get(index) : -1;
  }

  private static String codeLiteral(String inside) {
    String literal = inside.replace('\n', ' ');
    boolean padded =
        literal.length() >= 2
            && literal.startsWith(" ")
            && literal.endsWith(" ")
            && !literal.isBlank();
    return padded ? literal.substring(1, literal.length() - 1) : literal;
  }

  /** Text from {@code start} to {@code end}, one node per line with soft breaks between. */
  private static void addText(
      Node block, String text, int start, int end, List<SourceLine> lines, int[] lineStarts) {
    int pieceStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == '\n') {
        if (i > pieceStart) {
          Text piece = new Text(text.substring(pieceStart, i));
          addSpans(piece, pieceStart, i, lines, lineStarts);
          block.appendChild(piece);
        }
        if (i < end) {
          block.appendChild(new SoftLineBreak());
        }
        pieceStart = i + 1;
      }
    }
  }

  /** Source spans for {@code [start, end)} of the joined lines, one per line it touches. */
  private static void addSpans(
      Node node, int start, int end, List<SourceLine> lines, int[] lineStarts) {
    int first = lineOf(lineStarts, start);
    for (int k = first; k < lines.size() && lineStarts[k] < end; k++) {
      SourceSpan line = lines.get(k).getSourceSpan();
      if (line == null) {
        continue;
      }
      int from = Math.max(start, lineStarts[k]) - lineStarts[k];
      int to = Math.min(end, lineStarts[k] + lines.get(k).getContent().length()) - lineStarts[k];
      if (to > from) {
        node.addSourceSpan(
            SourceSpan.of(
                line.getLineIndex(),
                line.getColumnIndex() + from,
                line.getInputIndex() + from,
                to - from));
      }
    }
  }

  private static int lineOf(int[] lineStarts, int index) {
    int found = java.util.Arrays.binarySearch(lineStarts, index);
    return found >= 0 ? found : -found - 2;
  }
}
