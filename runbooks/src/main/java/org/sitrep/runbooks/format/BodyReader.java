package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Reads the Markdown body: finds the steps, groups them into sections, collects the intro. */
final class BodyReader {

  /** What the body holds. {@code uses} are the {@code {{name}}} written in steps, with places. */
  record Body(
      List<Section> sections, String intro, List<RunbookLink> links, List<VariableUse> uses) {}

  record VariableUse(String name, Position at) {}

  private record Item(ListItem item, Heading heading, boolean task, boolean nested) {}

  /**
   * A step found in the body, not yet read: the heading of its section (null: before any), the
   * block it starts in, the nodes whose lines are its own (for its variables and links), and how to
   * read it.
   */
  record Found(Heading heading, Node top, List<Node> claimed, ReadStep reader) {}

  interface ReadStep {
    StepReader.Draft read(StepReader reader, int index);
  }

  // Thread-safe and reusable. No extensions: task items are recognised here, from the source.
  private static final Parser MARKDOWN =
      Parser.builder()
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .inlineParserFactory(context -> new CodeSpanInlineParser())
          .build();

  private final BodySource source;
  private final Problems problems;
  private final Document document;
  private final CodeRanges code = new CodeRanges();
  private final List<Item> items = new ArrayList<>();
  private Heading firstHeading;

  private BodyReader(BodySource source, Problems problems) {
    this.source = source;
    this.problems = problems;
    this.document = (Document) MARKDOWN.parse(source.text());
    Heading[] current = {null};
    BodySource.walk(
        document,
        node -> {
          code.add(node);
          if (node instanceof Heading heading && !insideListItem(heading)) {
            current[0] = heading;
            firstHeading = firstHeading == null ? heading : firstHeading;
          } else if (node instanceof ListItem item) {
            items.add(new Item(item, current[0], isTask(item), insideListItem(item)));
          }
        });
    code.seal();
  }

  static BodyReader parse(BodySource source, Problems problems) {
    return new BodyReader(source, problems);
  }

  /** The text of the first heading: a plain file's title. */
  Optional<String> firstHeading() {
    return Optional.ofNullable(firstHeading).map(BodySource::plainText).filter(t -> !t.isEmpty());
  }

  /** Reads the steps; {@code title} names the section of steps before any heading. */
  Body read(String title) {
    // Task items are the steps; a page without any is read the way people write them.
    List<Found> steps =
        items.stream().anyMatch(Item::task)
            ? items.stream()
                .filter(Item::task)
                .map(
                    item ->
                        new Found(
                            item.heading(),
                            item.item(),
                            List.of(item.item()),
                            (reader, index) -> reader.read(index, item.item(), true, null)))
                .toList()
            : PlainSteps.find(document, source);
    int[] owner = new int[source.lineCount()];
    Arrays.fill(owner, -1);
    for (int i = 0; i < steps.size(); i++) {
      for (Node node : steps.get(i).claimed()) {
        claim(owner, node, i);
      }
    }
    List<RunbookLink> links = new ArrayList<>();
    List<List<RunbookLink>> linksByStep = perStep(steps.size());
    for (Mentions.Mention link : Mentions.links(source.text(), code::contains)) {
      Position at = source.atIndex(link.index());
      RunbookLink found = new RunbookLink(link.name(), at.line(), at.column());
      links.add(found);
      int step = owner[source.lineIndexOf(link.index())];
      if (step >= 0) {
        linksByStep.get(step).add(found);
      }
    }
    List<VariableUse> uses = new ArrayList<>();
    List<List<String>> variablesByStep = perStep(steps.size());
    for (Mentions.Mention variable : Mentions.variables(source.text())) {
      int step = owner[source.lineIndexOf(variable.index())];
      if (step >= 0) {
        uses.add(new VariableUse(variable.name(), source.atIndex(variable.index())));
        if (!variablesByStep.get(step).contains(variable.name())) {
          variablesByStep.get(step).add(variable.name());
        }
      }
    }
    StepReader reader = new StepReader(source, code, owner, problems);
    StepKeys keys = new StepKeys();
    Map<Heading, List<Step>> bySection = new LinkedHashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      Found item = steps.get(i);
      StepReader.Draft draft = item.reader().read(reader, i);
      String sectionName = item.heading() == null ? title : BodySource.plainText(item.heading());
      Step step =
          new Step(
              keys.next(sectionName, draft.text()),
              draft.text(),
              draft.kind(),
              draft.command(),
              draft.notes(),
              variablesByStep.get(i),
              linksByStep.get(i),
              draft.line());
      bySection.computeIfAbsent(item.heading(), heading -> new ArrayList<>()).add(step);
    }
    List<Section> sections = new ArrayList<>();
    bySection.forEach(
        (heading, sectionSteps) ->
            sections.add(
                heading == null
                    ? new Section(title, 0, sectionSteps.get(0).line(), sectionSteps)
                    : new Section(
                        BodySource.plainText(heading),
                        heading.getLevel(),
                        source.at(heading.getSourceSpans().get(0)).line(),
                        sectionSteps)));
    return new Body(sections, intro(steps), links, uses);
  }

  private static <T> List<List<T>> perStep(int count) {
    List<List<T>> lists = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }

  /** Later (deeper) steps overwrite: a nested step's lines are its own, not its parent's. */
  private static void claim(int[] owner, Node node, int step) {
    if (node != null) {
      for (SourceSpan span : node.getSourceSpans()) {
        if (span.getLineIndex() < owner.length) {
          owner[span.getLineIndex()] = step;
        }
      }
    }
  }

  /**
   * A code block right after a list is the command of its last item when that item leads into it
   * ("Restart the service:"); otherwise the block is a step of its own.
   */
  static Node codeAfter(ListItem item) {
    Node after = item.getParent().getNext();
    boolean isCode = after instanceof FencedCodeBlock || after instanceof IndentedCodeBlock;
    boolean last = item.getNext() == null;
    boolean hasOwn = false;
    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
      hasOwn |= child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock;
    }
    boolean leadsIn =
        item.getFirstChild() instanceof Paragraph p && BodySource.plainText(p).endsWith(":");
    // a query or config block after a list is shown with its last item: it is never run
    leadsIn |= isCode && !CodeBlocks.read(after).command().runnable();
    return isCode && last && !hasOwn && leadsIn && item.getParent() instanceof ListBlock
        ? after
        : null;
  }

  private boolean isTask(ListItem item) {
    return item.getFirstChild() instanceof Paragraph paragraph
        && !paragraph.getSourceSpans().isEmpty()
        && StepReader.taskPrefixLength(source.text(paragraph.getSourceSpans().get(0))) >= 0;
  }

  private static boolean insideListItem(Node node) {
    for (Node up = node.getParent(); up != null; up = up.getParent()) {
      if (up instanceof ListItem) {
        return true;
      }
    }
    return false;
  }

  /** The top-level blocks before the one holding the first step, headings left out. */
  /** Lines that are only Hugo shortcodes or Liquid tags ({@code {{< alert >}}}) are left out. */
  private static String withoutTemplateLines(String raw) {
    if (raw.indexOf('{') < 0) {
      return raw;
    }
    return raw.lines()
        .filter(l -> l.isBlank() || !Instructions.withoutTemplateTags(l).isBlank())
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private String intro(List<Found> steps) {
    Node stop = null;
    if (!steps.isEmpty()) {
      stop = steps.get(0).top();
      while (stop.getParent() != document) {
        stop = stop.getParent();
      }
    }
    StringBuilder intro = new StringBuilder();
    for (Node block = document.getFirstChild(); block != stop; block = block.getNext()) {
      if (!(block instanceof Heading)) {
        String raw = withoutTemplateLines(source.raw(block, line -> true));
        boolean comment = block instanceof HtmlBlock && raw.strip().startsWith("<!--");
        if (!raw.isBlank() && !comment && !Instructions.isTocMarker(raw)) {
          intro.append(intro.length() > 0 ? "\n\n" : "").append(raw);
        }
      }
    }
    return intro.toString();
  }
}
