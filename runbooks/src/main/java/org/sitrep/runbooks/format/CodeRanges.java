package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Where the body has code (fenced and indented blocks, {@code `inline code`}): markers and links
 * written there are part of the command, not of the runbook.
 */
final class CodeRanges {
  private final List<int[]> ranges = new ArrayList<>();

  void add(Node node) {
    if (node instanceof FencedCodeBlock
        || node instanceof IndentedCodeBlock
        || node instanceof Code) {
      for (SourceSpan span : node.getSourceSpans()) {
        ranges.add(new int[] {span.getInputIndex(), span.getInputIndex() + span.getLength()});
      }
    }
  }

  /** Call once every node has been added. */
  void seal() {
    ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
  }

  boolean contains(int index) {
    int low = 0;
    int high = ranges.size() - 1;
    while (low <= high) { // the last range starting at or before index
      int middle = (low + high) >>> 1;
      if (ranges.get(middle)[0] <= index) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return high >= 0 && index < ranges.get(high)[1];
  }
}
