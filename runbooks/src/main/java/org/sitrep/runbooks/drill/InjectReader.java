package org.sitrep.runbooks.drill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the {@code injects:} list of a scenario, checking each inject's fields fit its kind. */
final class InjectReader {

  static final List<String> FIELDS =
      List.of(
          "id", "kind", "at", "after", "delay", "text", "from", "runbook", "step", "command",
          "exit", "output", "jump");

  private final YamlNodes nodes;
  private final Map<String, Integer> seen = new HashMap<>();

  InjectReader(YamlNodes nodes) {
    this.nodes = nodes;
  }

  List<Inject> read(Node node, Node root) {
    List<Inject> injects = new ArrayList<>();
    if (YamlNodes.isMissing(node)) {
      nodes.error(
          node == null ? root : node, "missing `injects`: a drill needs at least one inject");
      return injects;
    }
    if (!(node instanceof SequenceNode seq)) {
      nodes.error(node, "`injects` must be a list of injects, not " + YamlNodes.describe(node));
      return injects;
    }
    for (Node item : seq.getValue()) {
      if (item instanceof MappingNode m) {
        inject(m).ifPresent(injects::add);
      } else {
        nodes.error(
            item,
            "an inject is fields like `id:`, `kind:`, `at:`, not " + YamlNodes.describe(item));
      }
    }
    checkTriggerTargets(injects);
    return injects;
  }

  private Optional<Inject> inject(MappingNode m) {
    Map<String, NodeTuple> f = nodes.fields(m, FIELDS, "inject");
    Node idNode = YamlNodes.value(f, "id");
    Optional<String> id = nodes.required("id", idNode, m, "`id: disk-alert` to the inject");
    if (id.isPresent()) {
      if (!YamlNodes.ID.matcher(id.get()).matches()) {
        nodes.error(
            idNode,
            "inject `id` must be lowercase letters, digits and dashes, not `" + id.get() + "`");
      } else if (seen.containsKey(id.get())) {
        nodes.error(
            idNode,
            "inject `" + id.get() + "` is given twice (first on line " + seen.get(id.get()) + ")");
      } else {
        seen.put(id.get(), YamlNodes.line(idNode));
      }
    }
    Node kindNode = YamlNodes.value(f, "kind");
    Optional<InjectKind> kind =
        nodes
            .required(
                "kind",
                kindNode,
                m,
                "`kind: alert` (" + String.join(", ", InjectKind.words()) + ")")
            .flatMap(
                k -> {
                  Optional<InjectKind> parsed = InjectKind.parse(k);
                  if (parsed.isEmpty()) {
                    nodes.error(
                        kindNode,
                        "unknown inject kind `"
                            + k
                            + "`; kinds: "
                            + String.join(", ", InjectKind.words()));
                  }
                  return parsed;
                });
    Optional<Duration> at = nodes.span("at", YamlNodes.value(f, "at"));
    Optional<Trigger> after = trigger(YamlNodes.value(f, "after"));
    Optional<Duration> delay = nodes.span("delay", YamlNodes.value(f, "delay"));
    Optional<Duration> jump = nodes.span("jump", YamlNodes.value(f, "jump"));
    Optional<String> text = nodes.text("text", YamlNodes.value(f, "text"));
    Optional<String> output = nodes.text("output", YamlNodes.value(f, "output"));
    Optional<String> step = nodes.text("step", YamlNodes.value(f, "step"));
    Optional<String> command = nodes.text("command", YamlNodes.value(f, "command"));
    int exit = nodes.wholeNumber("exit", YamlNodes.value(f, "exit")).orElse(0);
    if (kind.isEmpty() || id.isEmpty()) {
      return Optional.empty();
    }
    InjectKind k = kind.get();
    if (k.scheduled()) {
      if (f.containsKey("at") == f.containsKey("after")) {
        nodes.error(
            m,
            "inject `"
                + id.get()
                + "` needs exactly one of `at: T+2m` or `after: commander-assigned`");
      }
      if (delay.isPresent() && YamlNodes.value(f, "after") == null) {
        nodes.error(
            YamlNodes.value(f, "delay"),
            "`delay` counts from an `after:` trigger; with `at:` add it to the time instead");
      }
      if (text.isEmpty()) {
        nodes.error(m, "inject `" + id.get() + "` has no `text`: what do the players see?");
      }
    } else {
      if (step.isEmpty() && command.isEmpty()) {
        nodes.error(
            m,
            "output `"
                + id.get()
                + "` needs `step: KEY-PREFIX` or `command: PART` to say which command prints it");
      }
      if (output.isEmpty()) {
        nodes.error(m, "output `" + id.get() + "` has no `output:` text to show");
      }
      if (f.containsKey("at") || f.containsKey("after")) {
        nodes.error(
            m, "output `" + id.get() + "` is shown when its command runs: remove `at`/`after`");
      }
    }
    if (k == InjectKind.TIME_JUMP && jump.filter(j -> !j.isZero()).isEmpty()) {
      nodes.error(m, "time jump `" + id.get() + "` needs `jump: 30m` (how far the clock moves)");
    }
    if (k != InjectKind.MESSAGE && f.containsKey("from")) {
      nodes.warning(f.get("from").getKeyNode(), "`from` is only shown on messages");
    }
    return Optional.of(
        new Inject(
            id.get(),
            k,
            at,
            after,
            delay.orElse(Duration.ZERO),
            k == InjectKind.OUTPUT ? output.orElse("") : text.orElse(""),
            nodes.text("from", YamlNodes.value(f, "from")),
            nodes.text("runbook", YamlNodes.value(f, "runbook")),
            step,
            command,
            exit,
            jump.orElse(Duration.ZERO),
            YamlNodes.line(m)));
  }

  private Optional<Trigger> trigger(Node node) {
    Optional<String> written = nodes.text("after", node);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    String[] parts = written.get().split("\\s+", 2);
    Optional<Trigger.Event> event = Trigger.Event.parse(parts[0]);
    if (event.isEmpty()) {
      nodes.error(
          node,
          "unknown trigger `"
              + parts[0]
              + "`; triggers: "
              + String.join(", ", Trigger.Event.words()));
      return Optional.empty();
    }
    String argument = parts.length > 1 ? parts[1].strip() : "";
    if (event.get().takesArgument() && argument.isEmpty()) {
      nodes.error(
          node,
          "`after: "
              + event.get().word()
              + "` needs what it waits for, like `after: "
              + event.get().word()
              + " "
              + example(event.get())
              + "`");
      return Optional.empty();
    }
    if (!event.get().takesArgument() && !argument.isEmpty()) {
      nodes.error(node, "`after: " + event.get().word() + "` takes nothing after it");
      return Optional.empty();
    }
    if (event.get() == Trigger.Event.ROLE_ASSIGNED) {
      // Stored as the role's name so "ic", "IC" and "commander" all match the same assignment.
      try {
        argument = org.sitrep.model.incident.Role.parse(argument).name();
      } catch (RuntimeException e) {
        nodes.error(
            node,
            "`after: role-assigned` names commander, communicator, scribe or ops-lead, not `"
                + argument
                + "`");
        return Optional.empty();
      }
    }
    return Optional.of(new Trigger(event.get(), argument));
  }

  private void checkTriggerTargets(List<Inject> injects) {
    // Only reported here once every inject id is known: a trigger may name a later inject.
    for (Inject i : injects) {
      i.after()
          .filter(
              t ->
                  t.event() == Trigger.Event.INJECT_RELEASED
                      || t.event() == Trigger.Event.INJECT_ACKNOWLEDGED)
          .filter(t -> !seen.containsKey(t.argument()))
          .ifPresent(
              t ->
                  nodes.error(
                      i.line(),
                      1,
                      "inject `"
                          + i.id()
                          + "` waits for inject `"
                          + t.argument()
                          + "`, which this scenario does not have"));
      i.after()
          .filter(t -> t.argument().equals(i.id()))
          .ifPresent(t -> nodes.error(i.line(), 1, "inject `" + i.id() + "` waits for itself"));
    }
  }

  private static String example(Trigger.Event e) {
    switch (e) {
      case ROLE_ASSIGNED:
        return "scribe";
      case CHECKLIST_ATTACHED:
        return "db-out-of-disk";
      case STEP_DONE:
      case STEP_SKIPPED:
        return "assess/check-which";
      default:
        return "disk-alert";
    }
  }
}
