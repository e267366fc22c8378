package org.sitrep.app.runbook;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown drawn with JavaFX nodes — headings, emphasis, code, lists, links, tables — so runbooks
 * render with no embedded browser (no WebView: smaller, faster, nothing fetched). Links call {@code
 * onLink} with their target; nothing is opened automatically.
 */
public final class MarkdownView extends VBox {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), TaskListItemsExtension.create()))
          .build();

  /** What {@code onLink} receives for a {@code [[id]]} link between runbooks, before the id. */
  public static final String RUNBOOK_LINK = "runbook:";

  private static final java.util.regex.Pattern RUNBOOK_MENTION =
      java.util.regex.Pattern.compile("\\[\\[\\s*([^\\[\\]\\n]+?)\\s*\\]\\]");

  private final Consumer<String> onLink;
  private final java.util.function.Function<String, String> runbookNames;

  public MarkdownView(String markdown, Consumer<String> onLink) {
    this(markdown, onLink, id -> id);
  }

  /**
   * {@code [[id]]} links between runbooks are drawn as the linked runbook's name ({@code
   * runbookNames} maps an id to it) and followed through {@code onLink} with {@link #RUNBOOK_LINK}
   * and the id.
   */
  public MarkdownView(
      String markdown,
      Consumer<String> onLink,
      java.util.function.Function<String, String> runbookNames) {
    this.onLink = onLink;
    this.runbookNames = runbookNames;
    getStyleClass().add("markdown");
    setSpacing(8);
    blocks(PARSER.parse(markdown == null ? "" : markdown), this);
  }

  private void blocks(org.commonmark.node.Node parent, VBox into) {
    for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      Node drawn = block(n);
      if (drawn != null) {
        into.getChildren().add(drawn);
      }
    }
  }

  private Node block(org.commonmark.node.Node n) {
    if (n instanceof Heading h) {
      TextFlow flow = inline(h);
      flow.getStyleClass().addAll("md-heading", "md-h" + Math.min(h.getLevel(), 4));
      return flow;
    }
    if (n instanceof Paragraph p) {
      return inline(p);
    }
    if (n instanceof FencedCodeBlock code) {
      return codeBlock(code.getLiteral());
    }
    if (n instanceof IndentedCodeBlock code) {
      return codeBlock(code.getLiteral());
    }
    if (n instanceof BulletList || n instanceof OrderedList) {
      return list(n);
    }
    if (n instanceof BlockQuote quote) {
      VBox box = new VBox(6);
      box.getStyleClass().add("md-quote");
      blocks(quote, box);
      return box;
    }
    if (n instanceof ThematicBreak) {
      return new Separator();
    }
    if (n instanceof TableBlock table) {
      return table(table);
    }
    return null; // HTML blocks and anything unknown are not drawn: runbooks are text, not pages
  }

  private Node list(org.commonmark.node.Node list) {
    VBox box = new VBox(4);
    box.getStyleClass().add("md-list");
    int number =
        list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
            ? ordered.getMarkerStartNumber()
            : 1;
    for (org.commonmark.node.Node item = list.getFirstChild();
        item != null;
        item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      String bullet = list instanceof OrderedList ? (number++) + "." : "•";
      TaskListItemMarker marker = taskMarker(item);
      if (marker != null) {
        bullet = marker.isChecked() ? "☑" : "☐";
      }
      Label mark = new Label(bullet);
      mark.getStyleClass().add("md-bullet");
      mark.setMinWidth(22);
      VBox content = new VBox(4);
      blocks(item, content);
      box.getChildren().add(new HBox(4, mark, content));
    }
    return box;
  }

  /** The task-list extension puts the marker first in the item, or first in its paragraph. */
  private static TaskListItemMarker taskMarker(org.commonmark.node.Node item) {
    org.commonmark.node.Node first = item.getFirstChild();
    if (first instanceof TaskListItemMarker marker) {
      return marker;
    }
    if (first != null && first.getFirstChild() instanceof TaskListItemMarker marker) {
      return marker;
    }
    return null;
  }

  private Node codeBlock(String literal) {
    Label code =
        new Label(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
    code.getStyleClass().add("md-code-block");
    code.setWrapText(true);
    code.setMaxWidth(Double.MAX_VALUE);
    return code;
  }

  private Node table(TableBlock table) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("md-table");
    grid.setHgap(16);
    grid.setVgap(4);
    int row = 0;
    for (org.commonmark.node.Node section = table.getFirstChild();
        section != null;
        section = section.getNext()) {
      for (org.commonmark.node.Node tr = section.getFirstChild(); tr != null; tr = tr.getNext()) {
        int col = 0;
        for (org.commonmark.node.Node cell = tr.getFirstChild();
            cell != null;
            cell = cell.getNext()) {
          TextFlow flow = inline(cell);
          if (cell instanceof TableCell tc && tc.isHeader()) {
            flow.getStyleClass().add("md-table-header");
          }
          grid.add(flow, col++, row);
        }
        row++;
      }
    }
    return grid;
  }

  /** Paragraph-level text: runs of plain, strong, emphasised and code text, and links. */
  private TextFlow inline(org.commonmark.node.Node parent) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().add("md-text");
    addInline(parent, flow, "");
    return flow;
  }

  private void addInline(org.commonmark.node.Node parent, TextFlow flow, String style) {
    for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof org.commonmark.node.Text) {
        // The parser may cut "[[id]]" into several text nodes at the brackets: join them first.
        StringBuilder literal = new StringBuilder();
        org.commonmark.node.Node last = n;
        for (org.commonmark.node.Node t = n;
            t instanceof org.commonmark.node.Text;
            t = t.getNext()) {
          literal.append(((org.commonmark.node.Text) t).getLiteral());
          last = t;
        }
        n = last;
        addText(literal.toString(), flow, style);
      } else if (n instanceof Code c) {
        Text run = new Text(c.getLiteral());
        run.getStyleClass().addAll("md-run", "md-code");
        flow.getChildren().add(run);
      } else if (n instanceof StrongEmphasis) {
        addInline(n, flow, style + " md-strong");
      } else if (n instanceof Emphasis) {
        addInline(n, flow, style + " md-em");
      } else if (n instanceof Link link) {
        Hyperlink h = new Hyperlink(plainText(link));
        h.getStyleClass().add("md-link");
        String target = link.getDestination();
        h.setOnAction(e -> onLink.accept(target));
        flow.getChildren().add(h);
      } else if (n instanceof SoftLineBreak) {
        flow.getChildren().add(new Text(" "));
      } else if (n instanceof HardLineBreak) {
        flow.getChildren().add(new Text("\n"));
      } else if (!(n instanceof TaskListItemMarker)) {
        addInline(n, flow, style);
      }
    }
  }

  /** Plain text, with each {@code [[id]]} in it drawn as a link named after the runbook. */
  private void addText(String literal, TextFlow flow, String style) {
    java.util.regex.Matcher m = RUNBOOK_MENTION.matcher(literal);
    int at = 0;
    while (m.find()) {
      addRun(literal.substring(at, m.start()), flow, style);
      String id = m.group(1);
      Hyperlink h = new Hyperlink(runbookNames.apply(id));
      h.getStyleClass().addAll("md-link", "runbook-link");
      // Inside a step row like the row's box and Copy button: Tab keeps moving between panes.
      h.setFocusTraversable(false);
      h.setOnAction(e -> onLink.accept(RUNBOOK_LINK + id));
      flow.getChildren().add(h);
      at = m.end();
    }
    addRun(literal.substring(at), flow, style);
  }

  private static void addRun(String text, TextFlow flow, String style) {
    if (text.isEmpty()) {
      return;
    }
    Text run = new Text(text);
    run.getStyleClass().addAll("md-run");
    if (!style.isEmpty()) {
      run.getStyleClass().addAll(style.strip().split(" "));
    }
    flow.getChildren().add(run);
  }

  private static String plainText(org.commonmark.node.Node parent) {
    StringBuilder out = new StringBuilder();
    for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof org.commonmark.node.Text t) {
        out.append(t.getLiteral());
      } else if (n instanceof Code c) {
        out.append(c.getLiteral());
      } else {
        out.append(plainText(n));
      }
    }
    return out.toString();
  }
}
