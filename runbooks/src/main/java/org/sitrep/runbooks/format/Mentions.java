package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds {@code {{name}}} and {@code [[id]]} in Markdown text in one linear pass each; a regex with
 * backtracking would be quadratic on a 100,000-character line of braces.
 */
final class Mentions {

  /**
   * One {@code {{name}}} or {@code [[id]]}: the trimmed name and the index of its first bracket.
   */
  record Mention(String name, int index) {}

  private Mentions() {}

  /**
   * {@code {{name}}} where name is letters, digits and underscore. Anything else between braces (Go
   * templates such as {@code {{.State.Running}}}) is plain text.
   */
  static List<Mention> variables(String text) {
    return scan(
        text, '{', '}', name -> VariablesReader.NAME.matcher(name).matches(), index -> true);
  }

  /**
   * {@code [[id]]} outside code: in shell, {@code [[ -f /etc/x ]]} is a test, not a link. Any text
   * without brackets counts, so a wiki link such as {@code [[Some Page]]} is reported as broken.
   */
  static List<Mention> links(String text, IntPredicate inCode) {
    return scan(text, '[', ']', name -> !name.isEmpty(), index -> !inCode.test(index));
  }

  private static List<Mention> scan(
      String text,
      char open,
      char close,
      java.util.function.Predicate<String> acceptName,
      IntPredicate acceptAt) {
    List<Mention> found = new ArrayList<>();
    int contentStart = -1;
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        contentStart = -1;
      } else if (c == open && text.charAt(i + 1) == open) {
        contentStart = i + 2; // the innermost pair wins: {{{x}}} is {{x}}
      } else if (c == close && text.charAt(i + 1) == close && contentStart >= 0) {
        String name = text.substring(contentStart, i).strip();
        int at = contentStart - 2;
        if (name.indexOf(open) < 0
            && name.indexOf(close) < 0
            && acceptName.test(name)
            && acceptAt.test(at)) {
          found.add(new Mention(name, at));
        }
        contentStart = -1;
        i++;
      }
    }
    return found;
  }
}
