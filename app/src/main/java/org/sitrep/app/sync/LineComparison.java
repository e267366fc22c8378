package org.sitrep.app.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the lines two versions of a text do not share (longest common subsequence of lines), so a
 * tired reader sees at once where two runbook edits part ways instead of reading both whole.
 */
final class LineComparison {

  /** Beyond this many line pairs the table gets large; every line is then shown unmarked. */
  private static final long MAX_CELLS = 4_000_000L;

  record Marked(List<TextLine> left, List<TextLine> right, int differing) {}

  private LineComparison() {}

  static Marked of(String left, String right) {
    String[] a = lines(left);
    String[] b = lines(right);
    if ((long) a.length * b.length > MAX_CELLS) {
      return new Marked(plain(a), plain(b), 0);
    }
    // common[i][j]: length of the longest common run of lines of a[i..] and b[j..].
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    boolean[] keepA = new boolean[a.length];
    boolean[] keepB = new boolean[b.length];
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        keepA[i++] = true;
        keepB[j++] = true;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    List<TextLine> left2 = marked(a, keepA);
    List<TextLine> right2 = marked(b, keepB);
    int differing =
        (int)
            (left2.stream().filter(TextLine::differs).count()
                + right2.stream().filter(TextLine::differs).count());
    return new Marked(left2, right2, differing);
  }

  private static String[] lines(String text) {
    return text == null || text.isEmpty() ? new String[0] : text.split("\r?\n");
  }

  private static List<TextLine> marked(String[] lines, boolean[] shared) {
    List<TextLine> out = new ArrayList<>(lines.length);
    for (int k = 0; k < lines.length; k++) {
      out.add(new TextLine(k + 1, lines[k], !shared[k]));
    }
    return out;
  }

  private static List<TextLine> plain(String[] lines) {
    return marked(lines, allTrue(lines.length));
  }

  private static boolean[] allTrue(int n) {
    boolean[] all = new boolean[n];
    java.util.Arrays.fill(all, true);
    return all;
  }
}
