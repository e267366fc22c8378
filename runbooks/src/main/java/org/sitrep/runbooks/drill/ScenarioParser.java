package org.sitrep.runbooks.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a scenario file (YAML, docs/drill-format.md) with snakeyaml-engine's composer, as the
 * runbook front matter is read, so every problem points at the line and column it is on. Never
 * throws on bad input.
 */
public final class ScenarioParser {

  static final List<String> FIELDS =
      List.of(
          "id",
          "title",
          "version",
          "description",
          "severity",
          "services",
          "goals",
          "roles",
          "runbooks",
          "expect",
          "injects");
  private static final List<String> GOAL_FIELDS = List.of("text", "measure", "within");
  private static final int MAX_BYTES = 512 * 1024;

  private ScenarioParser() {}

  public static ScenarioParse parse(String file, String text) {
    YamlNodes nodes = new YamlNodes(file);
    if (text.length() > MAX_BYTES) {
      nodes.error(1, 1, "scenario file is larger than 512 KiB: split it");
      return new ScenarioParse(file, Optional.empty(), nodes.problems());
    }
    Optional<Node> root;
    try {
      root = new Compose(settings(file)).composeString(text.replace("\r\n", "\n"));
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().or(e::getContextMark).map(YamlNodes::line).orElse(1);
      int column = e.getProblemMark().or(e::getContextMark).map(m -> m.getColumn() + 1).orElse(1);
      String problem = e.getProblem() == null ? "unreadable" : e.getProblem().strip();
      nodes.error(line, column, "not valid YAML: " + problem);
      return new ScenarioParse(file, Optional.empty(), nodes.problems());
    } catch (YamlEngineException | StackOverflowError e) {
      nodes.error(1, 1, "not valid YAML: " + e.getMessage());
      return new ScenarioParse(file, Optional.empty(), nodes.problems());
    }
    if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
      nodes.error(
          root.map(YamlNodes::line).orElse(1),
          1,
          "a scenario is fields like `id: db-out-of-disk-drill`, not "
              + root.map(YamlNodes::describe).orElse("an empty file"));
      return new ScenarioParse(file, Optional.empty(), nodes.problems());
    }
    Scenario scenario = read(nodes, mapping, text);
    return new ScenarioParse(file, Optional.of(scenario), nodes.problems());
  }

  private static Scenario read(YamlNodes nodes, MappingNode root, String text) {
    Map<String, NodeTuple> f = nodes.fields(root, FIELDS, "scenario");
    Node idNode = YamlNodes.value(f, "id");
    String id =
        nodes.required("id", idNode, root, "a line like `id: db-out-of-disk-drill`").orElse("");
    if (!id.isEmpty() && !YamlNodes.ID.matcher(id).matches()) {
      nodes.error(
          idNode, "`id` must be lowercase letters, digits and single dashes, not `" + id + "`");
    }
    String title =
        nodes
            .required(
                "title",
                YamlNodes.value(f, "title"),
                root,
                "a line like `title: The payments database fills up`")
            .orElse(id);
    List<String> roles = roles(nodes, YamlNodes.value(f, "roles"));
    List<Inject> injects = new InjectReader(nodes).read(YamlNodes.value(f, "injects"), root);
    return new Scenario(
        id,
        title,
        nodes.wholeNumber("version", YamlNodes.value(f, "version")),
        nodes.text("description", YamlNodes.value(f, "description")).orElse(""),
        severity(nodes, YamlNodes.value(f, "severity")),
        nodes.words("services", YamlNodes.value(f, "services")),
        goals(nodes, YamlNodes.value(f, "goals")),
        roles,
        nodes.words("runbooks", YamlNodes.value(f, "runbooks")),
        nodes.words("expect", YamlNodes.value(f, "expect")),
        injects,
        text);
  }

  private static Severity severity(YamlNodes nodes, Node node) {
    Optional<String> written = nodes.text("severity", node);
    if (written.isEmpty()) {
      return Severity.SEV3;
    }
    try {
      return Severity.parse(written.get());
    } catch (ChangeRefusedException | IllegalArgumentException e) {
      nodes.error(node, "`severity` must be SEV1 to SEV4, not " + YamlNodes.describe(node));
      return Severity.SEV3;
    }
  }

  private static List<String> roles(YamlNodes nodes, Node node) {
    List<String> out = new ArrayList<>();
    if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s && !YamlNodes.isMissing(item)) {
          try {
            out.add(Role.parse(s.getValue()).name());
          } catch (RuntimeException e) {
            nodes.error(
                item,
                "`roles` lists commander, communicator, scribe or ops-lead, not "
                    + YamlNodes.describe(item));
          }
        }
      }
    } else {
      nodes.words("roles", node);
    }
    return out;
  }

  private static List<Goal> goals(YamlNodes nodes, Node node) {
    List<Goal> goals = new ArrayList<>();
    if (YamlNodes.isMissing(node)) {
      return goals;
    }
    if (!(node instanceof SequenceNode seq)) {
      nodes.error(node, "`goals` must be a list, not " + YamlNodes.describe(node));
      return goals;
    }
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode s && !YamlNodes.isMissing(item)) {
        goals.add(new Goal(s.getValue().strip(), Optional.empty(), Optional.empty()));
      } else if (item instanceof MappingNode m) {
        Map<String, NodeTuple> g = nodes.fields(m, GOAL_FIELDS, "goal");
        String text =
            nodes
                .required(
                    "text", YamlNodes.value(g, "text"), m, "`text: what the team should learn`")
                .orElse("");
        Node measureNode = YamlNodes.value(g, "measure");
        Optional<String> measure = nodes.text("measure", measureNode);
        measure
            .filter(ms -> !Measures.valid(ms))
            .ifPresent(
                ms ->
                    nodes.error(
                        measureNode, "`measure` must be " + Measures.WORDS + ", not `" + ms + "`"));
        Optional<java.time.Duration> within = nodes.span("within", YamlNodes.value(g, "within"));
        if (within.isPresent() && measure.isEmpty()) {
          nodes.error(m, "a goal with `within` needs a `measure` to hold it to");
        }
        goals.add(new Goal(text, measure, within));
      } else {
        nodes.error(
            item,
            "a goal is a sentence or fields (text, measure, within), not "
                + YamlNodes.describe(item));
      }
    }
    return goals;
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
}
