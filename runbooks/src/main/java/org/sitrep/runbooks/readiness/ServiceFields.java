package org.sitrep.runbooks.readiness;

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
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads the values of a service file from YAML nodes, reporting each problem at the line and column
 * it is written at (1-based, as editors count).
 */
final class ServiceFields {

  // 4h, 15m, 1h30m, 2d, 45s: objectives as teams write them.
  private static final Pattern SPAN =
      Pattern.compile(
          "(?i)(?:(\\d{1,4})d)?\\s*(?:(\\d{1,5})h)?\\s*(?:(\\d{1,6})m)?\\s*(?:(\\d{1,7})s)?");

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  ServiceFields(String file) {
    this.file = file;
  }

  List<Problem> problems() {
    return problems;
  }

  void error(Node at, String message) {
    int line = at.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    int column = at.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    problems.add(new Problem(file, line, column, Level.ERROR, message));
  }

  void error(int line, int column, String message) {
    problems.add(new Problem(file, line, column, Level.ERROR, message));
  }

  static boolean missing(Node node) {
    return node == null
        || (node instanceof ScalarNode s
            && (Tag.NULL.equals(s.getTag()) || s.getValue().isBlank()));
  }

  static String describe(Node node) {
    if (node instanceof ScalarNode s) {
      return missing(node) ? "nothing" : "`" + s.getValue().strip() + "`";
    }
    return node instanceof SequenceNode ? "a list" : "a mapping";
  }

  /** The fields of a mapping by name; an unknown or repeated field is an error. */
  Map<String, Node> fields(MappingNode mapping, List<String> known, String what) {
    Map<String, Node> byName = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      String name = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
      if (!known.contains(name)) {
        error(
            t.getKeyNode(),
            "unknown "
                + what
                + " field "
                + describe(t.getKeyNode())
                + "; known fields: "
                + String.join(", ", known));
      } else if (byName.containsKey(name)) {
        error(t.getKeyNode(), "field `" + name + "` is given twice in " + what);
      } else {
        byName.put(name, t.getValueNode());
      }
    }
    return byName;
  }

  Optional<String> text(String field, Node node, Node owner, boolean required) {
    if (missing(node)) {
      if (required) {
        error(node == null ? owner : node, "missing `" + field + "`");
      }
      return Optional.empty();
    }
    if (node instanceof ScalarNode s) {
      return Optional.of(s.getValue().strip());
    }
    error(node, "`" + field + "` must be text, not " + describe(node));
    return Optional.empty();
  }

  /** A span like {@code 4h} or {@code 1h30m}; {@code 30d} for days. */
  Optional<Duration> span(String field, Node node, Node owner) {
    Optional<String> written = text(field, node, owner, true);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = SPAN.matcher(written.get());
    if (m.matches()
        && (m.group(1) != null || m.group(2) != null || m.group(3) != null || m.group(4) != null)) {
      long s = 0;
      s += m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 86_400;
      s += m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 3600;
      s += m.group(3) == null ? 0 : Long.parseLong(m.group(3)) * 60;
      s += m.group(4) == null ? 0 : Long.parseLong(m.group(4));
      return Optional.of(Duration.ofSeconds(s));
    }
    error(node, "`" + field + "` must be a span like 4h, 15m, 1h30m or 30d, not " + describe(node));
    return Optional.empty();
  }

  Optional<Boolean> yesNo(String field, Node node) {
    if (missing(node)) {
      return Optional.empty();
    }
    String v = node instanceof ScalarNode s ? s.getValue().strip() : "";
    if (v.equals("true") || v.equals("false")) {
      return Optional.of(Boolean.parseBoolean(v));
    }
    error(node, "`" + field + "` must be true or false, not " + describe(node));
    return Optional.empty();
  }

  List<String> names(String field, Node node) {
    if (missing(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode seq)) {
      error(node, "`" + field + "` must be a list (like [a, b]), not " + describe(node));
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode s && !missing(item)) {
        out.add(s.getValue().strip());
      } else {
        error(item, "`" + field + "` must list names, not " + describe(item));
      }
    }
    return out;
  }
}
