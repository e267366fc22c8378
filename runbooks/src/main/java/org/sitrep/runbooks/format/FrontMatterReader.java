package org.sitrep.runbooks.format;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads the YAML between the {@code ---} lines. Composes nodes rather than loading plain values so
 * every problem can point at the field's line and column in the file.
 */
final class FrontMatterReader {
  static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  // Flow collections ([[[[…) recurse in the composer; nobody writes 50 levels by hand.
  private static final int MAX_FLOW_NESTING = 50;

  private final YamlValues values;
  private final Problems problems;

  private FrontMatterReader(YamlValues values, Problems problems) {
    this.values = values;
    this.problems = problems;
  }

  /**
   * Reads {@code yaml}, whose first line is line {@code firstLine} of the file. Empty when the
   * front matter is not a YAML mapping (the problem is reported).
   */
  static Optional<FrontMatter> read(String yaml, int firstLine, Problems problems) {
    YamlValues values = new YamlValues(firstLine, problems);
    Optional<Position> tooDeep = deepFlowNesting(yaml, firstLine);
    if (tooDeep.isPresent()) {
      problems.error(
          tooDeep.get(),
          "front matter is not valid YAML: brackets nested more than "
              + MAX_FLOW_NESTING
              + " levels deep");
      return Optional.empty();
    }
    Optional<Node> root;
    try {
      root = new Compose(settings(problems.file())).composeString(yaml);
    } catch (MarkedYamlEngineException e) {
      Position at = e.getProblemMark().or(e::getContextMark).map(values::at).orElse(values.start());
      problems.error(at, "front matter is not valid YAML: " + describe(e, values));
      return Optional.empty();
    } catch (YamlEngineException | StackOverflowError e) {
      problems.error(values.start(), "front matter is not valid YAML: " + e.getMessage());
      return Optional.empty();
    }
    if (root.isPresent() && !(root.get() instanceof MappingNode)) {
      problems.error(
          values.at(root.get()),
          "front matter must be fields like `id: db-out-of-disk`, not "
              + YamlValues.describe(root.get()));
      return Optional.empty();
    }
    List<NodeTuple> tuples = root.map(node -> ((MappingNode) node).getValue()).orElse(List.of());
    return Optional.of(new FrontMatterReader(values, problems).fields(tuples));
  }

  private static LoadSettings settings(String file) {
    return LoadSettings.builder()
        .setLabel(file)
        .setSchema(new CoreSchema())
        .setMaxAliasesForCollections(20)
        .setAllowRecursiveKeys(false)
        .setParseComments(false)
        .build();
  }

  /** snakeyaml's problem, and what it was reading ("while parsing a flow sequence") and where. */
  private static String describe(MarkedYamlEngineException e, YamlValues values) {
    String problem = e.getProblem() == null ? "" : e.getProblem().strip();
    String context = e.getContext() == null ? "" : e.getContext().strip();
    if (!context.isEmpty() && e.getContextMark().isPresent()) {
      Position at = values.at(e.getContextMark().get());
      context += " that starts on line " + at.line() + ", column " + at.column();
    }
    String both =
        context.isEmpty() ? problem : problem.isEmpty() ? context : context + ": " + problem;
    return both.isEmpty() ? "unreadable" : both;
  }

  private static Optional<Position> deepFlowNesting(String yaml, int firstLine) {
    int depth = 0;
    int line = firstLine;
    int lineStart = 0;
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (c == '[' || c == '{') {
        if (++depth > MAX_FLOW_NESTING) {
          return Optional.of(new Position(line, i - lineStart + 1));
        }
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
    return Optional.empty();
  }

  private FrontMatter fields(List<NodeTuple> tuples) {
    List<String> otherTools = new ArrayList<>();
    Map<String, Node> byName = new LinkedHashMap<>();
    Map<String, Position> positions = new LinkedHashMap<>();
    for (NodeTuple tuple : tuples) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        problems.soft(
            values.at(key),
            "front matter field names are words like `title`, not " + YamlValues.describe(key));
        continue;
      }
      String name = scalar.getValue();
      if (byName.containsKey(name)) {
        problems.error(
            values.at(key),
            "front matter is not valid YAML: field `"
                + name
                + "` is given twice (first on line "
                + positions.get(name).line()
                + ")");
        continue;
      }
      if (problems.tolerant() && FrontMatter.OTHER_TOOLS.contains(name)) {
        otherTools.add(name);
      } else if (!FrontMatter.FIELDS.contains(name)) {
        problems.warning(
            values.at(key),
            "unknown front-matter field `"
                + name
                + "`; known fields: "
                + String.join(", ", FrontMatter.FIELDS));
      }
      byName.put(name, tuple.getValueNode());
      positions.put(name, values.at(tuple.getValueNode()));
    }
    if (!otherTools.isEmpty()) {
      problems.warning(
          values.start(),
          "front-matter fields of other tools ignored: "
              + String.join(", ", otherTools)
              + " (Sitrep reads id, title, tags and the fields of docs/runbook-format.md)");
    }
    VariablesReader variables = new VariablesReader(values, problems);
    variables.read(byName.get("variables"));
    return new FrontMatter(
        id(byName.get("id")),
        required("title", byName.get("title"), "like `title: Database node out of disk`"),
        values.wholeNumber("version", byName.get("version")),
        values.text("owner", byName.get("owner")),
        values.words("tags", byName.get("tags")),
        values.words("services", byName.get("services")),
        values.words("severity", byName.get("severity")),
        reviewed(byName.get("reviewed")),
        variables.declared(),
        positions,
        variables.positions());
  }

  private Optional<String> id(Node node) {
    Optional<String> id = required("id", node, "like `id: db-out-of-disk`");
    if (id.isPresent() && !ID.matcher(id.get()).matches() && problems.tolerant()) {
      problems.warning(
          values.at(node),
          "`id` `"
              + YamlValues.shorten(id.get())
              + "` is not lowercase letters, digits and dashes: the id comes from the path");
      return Optional.empty();
    }
    if (id.isPresent() && !ID.matcher(id.get()).matches()) {
      problems.error(
          values.at(node),
          "`id` must be lowercase letters, digits and single dashes (like db-out-of-disk), not `"
              + YamlValues.shorten(id.get())
              + "`");
    }
    return id;
  }

  private Optional<String> required(String field, Node node, String example) {
    if (YamlValues.isMissing(node) && problems.tolerant()) {
      return Optional.empty(); // the parser takes it from the path or the first heading
    }
    if (YamlValues.isMissing(node)) {
      problems.error(values.start(), "missing `" + field + "`: add a line " + example);
      return Optional.empty();
    }
    return values.text(field, node);
  }

  private Optional<LocalDate> reviewed(Node node) {
    if (YamlValues.isMissing(node)) {
      problems.soft(
          values.start(),
          Problem.MISSING_REVIEWED
              + ": add the date this runbook was last checked against reality, like"
              + " `reviewed: 2026-10-01`");
      return Optional.empty();
    }
    String written = node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
    if (DATE.matcher(written).matches()) {
      try {
        return Optional.of(LocalDate.parse(written));
      } catch (DateTimeParseException e) {
        // falls through: 2026-02-30 is as wrong as "last week"
      }
    }
    problems.soft(
        values.at(node),
        "`reviewed` must be a date written YYYY-MM-DD (like 2026-10-01), not "
            + YamlValues.describe(node));
    return Optional.empty();
  }
}
