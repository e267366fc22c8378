package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the {@code variables:} list of the front matter. */
final class VariablesReader {
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");
  private static final List<String> FIELDS = List.of("name", "description", "default");

  private final YamlValues values;
  private final Problems problems;
  private final List<Variable> declared = new ArrayList<>();
  private final Map<String, Position> positions = new LinkedHashMap<>();

  VariablesReader(YamlValues values, Problems problems) {
    this.values = values;
    this.problems = problems;
  }

  List<Variable> declared() {
    return declared;
  }

  Map<String, Position> positions() {
    return positions;
  }

  void read(Node node) {
    if (YamlValues.isMissing(node)) {
      return;
    }
    if (!(node instanceof SequenceNode sequence)) {
      problems.error(
          values.at(node),
          "`variables` must be a list of `- name: …` entries, not " + YamlValues.describe(node));
      return;
    }
    for (Node item : sequence.getValue()) {
      if (item instanceof MappingNode mapping) {
        variable(mapping);
      } else {
        problems.error(
            values.at(item),
            "each variable must be fields like `name: host`, not " + YamlValues.describe(item));
      }
    }
  }

  private void variable(MappingNode mapping) {
    Map<String, Node> fields = new LinkedHashMap<>();
    Map<String, Position> keyPositions = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key =
          tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "(not a word)";
      fields.putIfAbsent(key, tuple.getValueNode());
      keyPositions.putIfAbsent(key, values.at(tuple.getKeyNode()));
    }
    Node nameNode = fields.get("name");
    Optional<String> name = values.text("variables: name", nameNode);
    if (name.isEmpty()) {
      if (YamlValues.isMissing(nameNode)) {
        problems.error(values.at(mapping), "variable has no `name`: add `name: host` or similar");
      }
      return;
    }
    for (String key : fields.keySet()) {
      if (!FIELDS.contains(key)) {
        problems.warning(
            keyPositions.get(key),
            "unknown field `"
                + key
                + "` in variable `"
                + name.get()
                + "`; known fields: name, description, default");
      }
    }
    Position at = values.at(nameNode);
    if (!NAME.matcher(name.get()).matches()) {
      problems.error(
          at,
          "variable name `"
              + YamlValues.shorten(name.get())
              + "` may use only letters, digits and underscore");
      return;
    }
    if (positions.containsKey(name.get())) {
      problems.error(
          at,
          "variable `"
              + name.get()
              + "` is declared twice (first on line "
              + positions.get(name.get()).line()
              + ")");
      return;
    }
    String description =
        values.text("variables: description", fields.get("description")).orElse("");
    Optional<String> defaultValue = values.text("variables: default", fields.get("default"));
    declared.add(new Variable(name.get(), description, defaultValue));
    positions.put(name.get(), at);
  }
}
