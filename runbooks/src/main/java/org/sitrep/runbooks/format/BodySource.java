package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * The Markdown after the front matter, with the arithmetic that maps commonmark's source spans
 * (0-based, relative to the body) back to lines and columns of the file.
 */
final class BodySource {
  private final String text;
  private final int firstLine;
  private final int[] lineStarts;

  /**
   * {@code text} uses {@code \n} line ends; its first line is line {@code firstLine} of the file.
   */
  BodySource(String text, int firstLine) {
    this.text = text;
    this.firstLine = firstLine;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  String text() {
    return text;
  }

  int firstLine() {
    return firstLine;
  }

  int lineCount() {
    return lineStarts.length;
  }

  String text(SourceSpan span) {
    int start = Math.min(span.getInputIndex(), text.length());
    return text.substring(start, Math.min(start + span.getLength(), text.length()));
  }

  Position at(SourceSpan span) {
    return new Position(firstLine + span.getLineIndex(), span.getColumnIndex() + 1);
  }

  /** The body line (0-based) holding character {@code index}. */
  int lineIndexOf(int index) {
    int found = Arrays.binarySearch(lineStarts, index);
    return found >= 0 ? found : -found - 2;
  }

  Position atIndex(int index) {
    int line = lineIndexOf(index);
    return new Position(firstLine + line, index - lineStarts[line] + 1);
  }

  /**
   * The Markdown of a block as written, its lines cut to the block's own columns (so an item's
   * content loses the list indentation). Lines for which {@code keepLine} is false are left out;
   * blank lines inside the block are kept.
   */
  String raw(Node block, IntPredicate keepLine) {
    StringBuilder out = new StringBuilder();
    int previousLine = -1;
    for (SourceSpan span : block.getSourceSpans()) {
      int line = span.getLineIndex();
      if (!keepLine.test(line)) {
        continue;
      }
      if (previousLine >= 0) {
        out.append("\n".repeat(Math.max(1, Math.min(line - previousLine, 3))));
      }
      out.append(text(span));
      previousLine = line;
    }
    return out.toString();
  }

  /**
   * Visits {@code root} and everything under it in document order without recursion: inline nesting
   * ({@code *_*_*_…}) can be as deep as a line is long.
   */
  static void walk(Node root, Consumer<Node> visit) {
    Node node = root;
    while (node != null) {
      visit.accept(node);
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        continue;
      }
      while (node != root && node.getNext() == null) {
        node = node.getParent();
      }
      node = node == root ? null : node.getNext();
    }
  }

  /** The text of a heading or paragraph without its Markdown: literal text and code. */
  static String plainText(Node node) {
    StringBuilder out = new StringBuilder();
    walk(
        node,
        inner -> {
          if (inner instanceof org.commonmark.node.Text text) {
            out.append(text.getLiteral());
          } else if (inner instanceof org.commonmark.node.Code code) {
            out.append(code.getLiteral());
          } else if (inner instanceof org.commonmark.node.SoftLineBreak
              || inner instanceof org.commonmark.node.HardLineBreak) {
            out.append(' ');
          }
        });
    return out.toString().strip();
  }
}
