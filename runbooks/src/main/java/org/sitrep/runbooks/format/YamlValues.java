package org.sitrep.runbooks.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Turns YAML nodes into field values, reporting a wrong type where the value is written. */
final class YamlValues {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");

  private final int firstLine;
  private final Problems problems;

  YamlValues(int firstLine, Problems problems) {
    this.firstLine = firstLine;
    this.problems = problems;
  }

  /** The opening {@code ---}: where missing fields are reported. */
  Position start() {
    return new Position(Math.max(1, firstLine - 1), 1);
  }

  Position at(Mark mark) {
    return new Position(firstLine + mark.getLine(), mark.getColumn() + 1);
  }

  Position at(Node node) {
    return node.getStartMark().map(this::at).orElse(start());
  }

  /** True for an absent field and for {@code field:} with nothing after it. */
  static boolean isMissing(Node node) {
    return node == null
        || (node instanceof ScalarNode scalar
            && (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank()));
  }

  static String describe(Node node) {
    if (node instanceof ScalarNode scalar) {
      return isMissing(node) ? "nothing" : "`" + shorten(scalar.getValue()) + "`";
    }
    return node instanceof SequenceNode
        ? "a list"
        : node instanceof MappingNode ? "a mapping" : "?";
  }

  static String shorten(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 39) + "…";
  }

  /** Any single value (a number or date reads as its text); a list or mapping is the wrong type. */
  Optional<String> text(String field, Node node) {
    if (isMissing(node)) {
      return Optional.empty();
    }
    if (node instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue().strip());
    }
    problems.soft(at(node), "`" + field + "` must be text, not " + describe(node));
    return Optional.empty();
  }

  Optional<Integer> wholeNumber(String field, Node node) {
    if (isMissing(node)) {
      return Optional.empty();
    }
    if (node instanceof ScalarNode scalar
        && Tag.INT.equals(scalar.getTag())
        && DECIMAL.matcher(scalar.getValue()).matches()) {
      BigInteger value = new BigInteger(scalar.getValue());
      if (value.bitLength() < 32) {
        return Optional.of(value.intValue());
      }
    }
    problems.soft(
        at(node), "`" + field + "` must be a whole number (like 3), not " + describe(node));
    return Optional.empty();
  }

  /** A list of single values, e.g. {@code [database, disk]}; empty when the field is missing. */
  List<String> words(String field, Node node) {
    if (isMissing(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      problems.soft(
          at(node), "`" + field + "` must be a list (like [a, b]), not " + describe(node));
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (item instanceof ScalarNode scalar && !isMissing(item)) {
        words.add(scalar.getValue().strip());
      } else {
        problems.soft(
            at(item), "`" + field + "` must list single words or names, not " + describe(item));
      }
    }
    return words;
  }
}
