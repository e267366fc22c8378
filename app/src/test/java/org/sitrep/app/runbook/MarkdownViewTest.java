package org.sitrep.app.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Renders on the FX toolkit (started by TestFX) and inspects the nodes, no window needed. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {

  private static final String RUNBOOK =
      """
      # Database node out of disk

      Use this when **any** node reports `ENOSPC`. See [the failover runbook](runbook:failover).

      - [ ] Confirm which filesystem is full
        ```sh
        df -h /var/lib/postgresql
        ```
      1. first
      2. second

      | Check | Target |
      |---|---|
      | RPO | 5 min |

      <script>alert(1)</script>
      """;

  @Test
  void drawsHeadingsEmphasisCodeListsLinksAndTablesAsNodes() {
    List<String> links = new ArrayList<>();
    MarkdownView view = new MarkdownView(RUNBOOK, links::add);
    List<Node> all = new ArrayList<>();
    collect(view, all);

    assertThat(all)
        .filteredOn(n -> n instanceof Text t && t.getText().equals("any"))
        .singleElement()
        .satisfies(n -> assertThat(n.getStyleClass()).contains("md-strong"));
    assertThat(all)
        .filteredOn(n -> n instanceof Text t && t.getText().equals("ENOSPC"))
        .singleElement()
        .satisfies(n -> assertThat(n.getStyleClass()).contains("md-code"));
    assertThat(all)
        .filteredOn(n -> n instanceof Label l && l.getText().equals("df -h /var/lib/postgresql"))
        .hasSize(1);
    assertThat(all).filteredOn(n -> n instanceof Label l && l.getText().equals("☐")).hasSize(1);
    assertThat(all).filteredOn(n -> n instanceof Label l && l.getText().equals("2.")).hasSize(1);
    assertThat(all).filteredOn(n -> n instanceof GridPane).hasSize(1);
    assertThat(all)
        .filteredOn(n -> n instanceof Text t && t.getText().contains("alert"))
        .as("raw HTML is not drawn")
        .isEmpty();

    Hyperlink link =
        (Hyperlink) all.stream().filter(n -> n instanceof Hyperlink).findFirst().orElseThrow();
    assertThat(link.getText()).isEqualTo("the failover runbook");
    link.fire();
    assertThat(links).containsExactly("runbook:failover");
  }

  @Test
  void aLinkBetweenRunbooksShowsTheRunbooksNameAndIsFollowed() {
    List<String> links = new ArrayList<>();
    MarkdownView view =
        new MarkdownView(
            "If the node cannot be saved, fail over with [[failover-to-secondary]]; "
                + "unknown: [[no-such-runbook]]. In code it is a test: `[[ -f x ]]`.",
            links::add,
            id -> id.equals("failover-to-secondary") ? "Fail over to the secondary database" : id);
    List<Node> all = new ArrayList<>();
    collect(view, all);

    List<Hyperlink> hyperlinks =
        all.stream().filter(n -> n instanceof Hyperlink).map(n -> (Hyperlink) n).toList();
    assertThat(hyperlinks)
        .extracting(Hyperlink::getText)
        .containsExactly("Fail over to the secondary database", "no-such-runbook");
    assertThat(all)
        .filteredOn(n -> n instanceof Text t && t.getText().contains("[["))
        .extracting(n -> ((Text) n).getText())
        .containsExactly("[[ -f x ]]");
    assertThat(all)
        .filteredOn(n -> n instanceof Text t && t.getText().contains("fail over with "))
        .hasSize(1);
    hyperlinks.get(0).fire();
    assertThat(links).containsExactly("runbook:failover-to-secondary");
  }

  private static void collect(Node node, List<Node> out) {
    out.add(node);
    if (node instanceof Parent p) {
      p.getChildrenUnmodifiable().forEach(child -> collect(child, out));
    }
  }
}
