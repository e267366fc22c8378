package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * Finds the steps of a page without task lists, the way a wiki or docs-site runbook is written:
 * list items that are instructions, code blocks (with the paragraph before them as the step's
 * text), sentences that tell the responder to run an inline {@code command}, and headings that are
 * steps themselves ("Step 2: drain the node") when their section has no other step.
 */
final class PlainSteps {
  private final BodySource source;
  private final List<BodyReader.Found> found = new ArrayList<>();
  private final Set<Node> used = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Heading> headings = new ArrayList<>();

  private PlainSteps(BodySource source) {
    this.source = source;
  }

  static List<BodyReader.Found> find(Document document, BodySource source) {
    PlainSteps steps = new PlainSteps(source);
    steps.walk(document);
    return steps.found;
  }

  private void walk(Document document) {
    Heading heading = null;
    int sectionStart = 0;
    List<Node> blocks = new ArrayList<>();
    Node previous = null;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading h) {
        headingStep(heading, sectionStart, blocks);
        heading = h;
        headings.add(h);
        sectionStart = found.size();
        blocks = new ArrayList<>();
      } else {
        if (!(block instanceof HtmlBlock) && !isMarker(block)) {
          blocks.add(block);
        }
        if (block instanceof ListBlock list) {
          items(list, heading);
        } else if (CodeBlocks.isCode(block) && !used.contains(block)) {
          if (!isMarkerBefore(previous)) {
            code(previous, block, heading);
          }
        } else if (block instanceof Paragraph p) {
          prose(p, heading);
        }
      }
      previous = block;
    }
    headingStep(heading, sectionStart, blocks);
  }

  private void items(ListBlock list, Heading heading) {
    Instructions.Section section = Instructions.ofHeading(text(heading));
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      if (!(n instanceof ListItem item)) {
        continue;
      }
      Paragraph first = item.getFirstChild() instanceof Paragraph p ? p : null;
      String raw = first == null ? "" : source.raw(first, line -> true);
      boolean hasCode = false;
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        hasCode |= CodeBlocks.isCode(child);
      }
      Node trailing = BodyReader.codeAfter(item);
      boolean ordered = list instanceof OrderedList;
      if (Instructions.isStep(raw, first, ordered, hasCode || trailing != null, section)) {
        if (trailing != null) {
          used.add(trailing);
        }
        found.add(
            new BodyReader.Found(
                heading,
                list,
                nodes(item, trailing),
                (reader, index) -> reader.read(index, item, false, trailing)));
      }
    }
  }

  private void code(Node previous, Node block, Heading heading) {
    Paragraph before =
        previous instanceof Paragraph p && !used.contains(p) && !isMarker(p) ? p : null;
    if (before != null) {
      used.add(before);
    }
    found.add(
        new BodyReader.Found(
            heading,
            before != null ? before : block,
            nodes(before, block),
            (reader, index) -> reader.readCode(index, before, block)));
  }

  /** "Restart it with `systemctl restart api`." in a section of things to do. */
  private void prose(Paragraph p, Heading heading) {
    if (p.getNext() != null && CodeBlocks.isCode(p.getNext()) || isMarker(p)) {
      return; // the code block after takes this paragraph as its text
    }
    String raw = source.raw(p, line -> true);
    Instructions.Section section = Instructions.ofHeading(text(heading));
    if (section == Instructions.Section.DESCRIPTIVE || !Instructions.startsWithVerb(raw)) {
      return;
    }
    String command = inlineCommand(p);
    if (command == null) {
      return; // prose without a command is context; a heading or list says what to do
    }
    used.add(p);
    found.add(
        new BodyReader.Found(
            heading, p, nodes(p, null), (reader, index) -> reader.readProse(index, p, command)));
  }

  /** A heading such as "Step 3: fail over" whose section holds no other step is the step. */
  private void headingStep(Heading heading, int sectionStart, List<Node> blocks) {
    if (heading == null || heading.getLevel() == 1 || found.size() > sectionStart) {
      return; // a page's level-1 heading is its title, not a step
    }
    String text = text(heading);
    if (!Instructions.isStepHeading(text)
        || Instructions.ofHeading(text) == Instructions.Section.DESCRIPTIVE) {
      return;
    }
    Heading parent = null;
    for (Heading h : headings) {
      if (h != heading && h.getLevel() < heading.getLevel()) {
        parent = h;
      }
    }
    List<Node> claimed = new ArrayList<>(blocks);
    claimed.add(0, heading);
    found.add(
        new BodyReader.Found(
            parent,
            heading,
            claimed,
            (reader, index) -> reader.readHeading(index, heading, List.copyOf(blocks))));
  }

  /** The first inline code that reads like a command line (it has a space: "kubectl get pods"). */
  static String inlineCommand(Paragraph p) {
    for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Code code && code.getLiteral().strip().contains(" ")) {
        return code.getLiteral().strip();
      }
    }
    return null;
  }

  private boolean isMarker(Node block) {
    if (!(block instanceof Paragraph)) {
      return false;
    }
    String raw = source.raw(block, line -> true);
    return Instructions.isTocMarker(raw) || Instructions.isAdmonition(raw);
  }

  /** An indented block after {@code !!! note} is the admonition's text, not code. */
  private boolean isMarkerBefore(Node previous) {
    return previous instanceof Paragraph
        && Instructions.isAdmonition(source.raw(previous, line -> true));
  }

  private static String text(Heading heading) {
    return heading == null ? null : BodySource.plainText(heading);
  }

  private static List<Node> nodes(Node a, Node b) {
    List<Node> list = new ArrayList<>();
    if (a != null) {
      list.add(a);
    }
    if (b != null) {
      list.add(b);
    }
    return list;
  }
}
