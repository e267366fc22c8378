package org.sitrep.model.postmortem.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

  @Test
  void headingsParagraphsAndEmphasis() {
    assertThat(
            MarkdownHtml.render(
                "## What went well\n\nThe **runbook** helped, *mostly*.\nNext line"))
        .isEqualTo(
            "<h2 id=\"what-went-well\">What went well</h2>\n"
                + "<p>The <strong>runbook</strong> helped, <em>mostly</em>.\nNext line</p>\n");
  }

  @Test
  void generatorTimelineLinesKeepTheirEntryLinksAndNestedCorrections() {
    String md =
        "- 2026-03-14 23:50:00 UTC · `decision.recorded` · Fail over — the commander"
            + " [↗](sitrep://entry/e12)\n"
            + "  - corrected 23:51: to pg-3 [↗](sitrep://entry/e13)\n"
            + "- [x] done item\n- [ ] open item\n";

    assertThat(MarkdownHtml.render(md))
        .isEqualTo(
            "<ul>\n<li>2026-03-14 23:50:00 UTC · <code>decision.recorded</code> · Fail over — the"
                + " commander <a href=\"sitrep://entry/e12\">↗</a>\n"
                + "<ul>\n<li>corrected 23:51: to pg-3 <a href=\"sitrep://entry/e13\">↗</a></li>\n"
                + "</ul>\n</li>\n"
                + "<li class=\"task\"><span class=\"box\">☑</span> done item</li>\n"
                + "<li class=\"task\"><span class=\"box\">☐</span> open item</li>\n</ul>\n");
  }

  @Test
  void tablesWithEscapedPipes() {
    assertThat(MarkdownHtml.render("| | |\n|---|---|\n| Services | a \\| b |\n| Roles | x |\n"))
        .isEqualTo(
            "<table>\n<tbody>\n"
                + "<tr><td>Services</td><td>a | b</td></tr>\n"
                + "<tr><td>Roles</td><td>x</td></tr>\n</tbody>\n</table>\n");
  }

  @Test
  void rawHtmlAndCodeAreEscapedNeverPassedThrough() {
    String out =
        MarkdownHtml.render(
            "<script>alert(1)</script>\n\n~~~text\n<img src=x onerror=alert(1)>\n## not heading\n~~~\n"
                + "\n`<b>` and <b>bold</b>");

    assertThat(out)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<b>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("<pre><code>&lt;img src=x onerror=alert(1)&gt;\n## not heading\n</code></pre>")
        .contains("<code>&lt;b&gt;</code>");
  }

  @Test
  void onlySafeLinksBecomeLinks() {
    assertThat(MarkdownHtml.render("[ok](https://status.example.com/a?b=1&c=\"2\")"))
        .isEqualTo(
            "<p><a href=\"https://status.example.com/a?b=1&amp;c=&quot;2&quot;\">ok</a></p>\n");
    for (String bad :
        new String[] {
          "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:x", "data:text/html,x"
        }) {
      assertThat(MarkdownHtml.render("[click](" + bad + ")")).isEqualTo("<p>click</p>\n");
    }
    assertThat(MarkdownHtml.render("![diagram](https://x/y.png)"))
        .isEqualTo("<p><span class=\"image-alt\">diagram</span></p>\n");
  }

  @Test
  void snakeCaseAndLoneStarsStayText() {
    assertThat(MarkdownHtml.render("set max_wal_size and a * b * c"))
        .isEqualTo("<p>set max_wal_size and a * b * c</p>\n");
    assertThat(MarkdownHtml.render("_To fill: owner, type_"))
        .isEqualTo("<p><em>To fill: owner, type</em></p>\n");
  }

  @Test
  void quotesRulesAndNumberedLists() {
    assertThat(MarkdownHtml.render("> **DRILL.** Not real.\n\n---\n\n3. third\n4. fourth\n"))
        .isEqualTo(
            "<blockquote>\n<p><strong>DRILL.</strong> Not real.</p>\n</blockquote>\n<hr>\n"
                + "<ol start=\"3\">\n<li>third</li>\n<li>fourth</li>\n</ol>\n");
  }
}
