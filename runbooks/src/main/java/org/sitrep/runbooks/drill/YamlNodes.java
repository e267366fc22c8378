package org.sitrep.runbooks.drill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.runbooks.format.Level;
import org.sitrep.runbooks.format.Problem;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads scenario values from YAML nodes, reporting every problem at the line and column where the
 * value is written (1-based, as editors count).
 */
final class YamlNodes {

  static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  // T+2m, 2m, 90s, 1h30m, T+1h05m: drill-clock offsets and spans, as facilitators write them.
  private static final Pattern SPAN =
      Pattern.compile(
          "(?i)(?:T\\+)?(?:(\\d{1,3})h)?\\s*(?:(\\d{1,4})m(?:in)?)?\\s*(?:(\\d{1,5})s)?");

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  YamlNodes(String file) {
    this.file = file;
  }

  List<Problem> problems() {
    return problems;
  }

  void error(Node at, String message) {
    problems.add(new Problem(file, line(at), column(at), Level.ERROR, message));
  }

  void error(int line, int column, String message) {
    problems.add(new Problem(file, line, column, Level.ERROR, message));
  }

  void warning(Node at, String message) {
    problems.add(new Problem(file, line(at), column(at), Level.WARNING, message));
  }

  static int line(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }

  static int column(Node node) {
    return node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
  }

  static int line(Mark mark) {
    return mark.getLine() + 1;
  }

  static boolean isMissing(Node node) {
    return node == null
        || (node instanceof ScalarNode scalar
            && (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank()));
  }

  static String describe(Node node) {
    if (node instanceof ScalarNode scalar) {
      String v = scalar.getValue().strip().replaceAll("\\s+", " ");
      return isMissing(node)
          ? "nothing"
          : "`" + (v.length() > 40 ? v.substring(0, 39) + "…" : v) + "`";
    }
    return node instanceof SequenceNode
        ? "a list"
        : node instanceof MappingNode ? "a mapping" : "?";
  }

  /**
   * The fields of a mapping by name; a repeated or non-word key is an error, an unknown one a
   * warning naming the known ones.
   */
  Map<String, NodeTuple> fields(MappingNode mapping, List<String> known, String what) {
    Map<String, NodeTuple> byName = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key)) {
        error(
            t.getKeyNode(),
            what + " field names are words like `id`, not " + describe(t.getKeyNode()));
        continue;
      }
      String name = key.getValue();
      if (byName.containsKey(name)) {
        error(
            key,
            "field `"
                + name
                + "` is given twice in "
                + what
                + " (first on line "
                + line(byName.get(name).getKeyNode())
                + ")");
        continue;
      }
      if (!known.contains(name)) {
        warning(
            key,
            "unknown " + what + " field `" + name + "`; known fields: " + String.join(", ", known));
      }
      byName.put(name, t);
    }
    return byName;
  }

  Optional<String> text(String field, Node node) {
    if (isMissing(node)) {
      return Optional.empty();
    }
    if (node instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue().strip());
    }
    error(node, "`" + field + "` must be text, not " + describe(node));
    return Optional.empty();
  }

  Optional<String> required(String field, Node node, Node owner, String example) {
    if (isMissing(node)) {
      error(node == null ? owner : node, "missing `" + field + "`: add " + example);
      return Optional.empty();
    }
    return text(field, node);
  }

  Optional<Integer> wholeNumber(String field, Node node) {
    if (isMissing(node)) {
      return Optional.empty();
    }
    if (node instanceof ScalarNode s && s.getValue().strip().matches("[-+]?\\d{1,9}")) {
      return Optional.of(Integer.parseInt(s.getValue().strip()));
    }
    error(node, "`" + field + "` must be a whole number (like 3), not " + describe(node));
    return Optional.empty();
  }

  List<String> words(String field, Node node) {
    if (isMissing(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode seq)) {
      error(node, "`" + field + "` must be a list (like [a, b]), not " + describe(node));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode s && !isMissing(item)) {
        out.add(s.getValue().strip());
      } else {
        error(item, "`" + field + "` must list single words or names, not " + describe(item));
      }
    }
    return out;
  }

  /** A drill-clock span such as {@code T+2m}, {@code 90s} or {@code 1h30m}. */
  Optional<Duration> span(String field, Node node) {
    if (isMissing(node)) {
      return Optional.empty();
    }
    String written = node instanceof ScalarNode s ? s.getValue().strip() : "";
    Matcher m = SPAN.matcher(written);
    if (!written.isEmpty()
        && m.matches()
        && (m.group(1) != null || m.group(2) != null || m.group(3) != null)) {
      long seconds = 0;
      seconds += m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3600;
      seconds += m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60;
      seconds += m.group(3) == null ? 0 : Long.parseLong(m.group(3));
      return Optional.of(Duration.ofSeconds(seconds));
    }
    error(
        node,
        "`" + field + "` must be a drill time like T+2m, 90s or 1h30m, not " + describe(node));
    return Optional.empty();
  }

  static Node value(Map<String, NodeTuple> fields, String name) {
    NodeTuple t = fields.get(name);
    return t == null ? null : t.getValueNode();
  }
}
