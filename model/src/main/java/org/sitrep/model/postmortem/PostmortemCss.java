package org.sitrep.model.postmortem;

/** The exported page's only style sheet, inline: readable on screen, tidy on paper. */
final class PostmortemCss {

  private PostmortemCss() {}

  static final String CSS =
      """
      :root { color-scheme: light; }
      body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
             color: #1f2328; background: #fff; max-width: 1000px; margin: 0 auto; padding: 24px 32px; }
      h1 { font-size: 1.7em; margin: 0.2em 0 0.6em; }
      h2 { font-size: 1.3em; margin: 1.6em 0 0.5em; padding-bottom: 0.2em; border-bottom: 1px solid #d0d7de; }
      h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; }
      p, ul, ol, table, pre, blockquote { margin: 0 0 0.9em; }
      ul, ol { padding-left: 1.6em; }
      li { margin: 0.15em 0; }
      li.task { list-style: none; margin-left: -1.3em; }
      li.task .box { display: inline-block; width: 1.3em; }
      code { font: 0.88em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
             background: #f6f8fa; padding: 0.1em 0.3em; border-radius: 4px; }
      pre { background: #f6f8fa; padding: 10px 12px; border-radius: 6px; overflow-x: auto;
            white-space: pre-wrap; word-break: break-word; }
      pre code { background: none; padding: 0; }
      table { border-collapse: collapse; }
      th, td { border: 1px solid #d0d7de; padding: 4px 10px; text-align: left; vertical-align: top; }
      th { background: #f6f8fa; }
      blockquote { margin-left: 0; padding: 6px 14px; border-left: 4px solid #d0d7de; color: #59636e; }
      a { color: #0969da; text-decoration: none; }
      a[href^="sitrep:"] { font-size: 0.85em; padding: 0 2px; }
      hr { border: 0; border-top: 1px solid #d0d7de; margin: 1.5em 0; }
      .drill-banner { background: #fff8c5; border: 2px solid #9a6700; color: #7d4e00; font-weight: 700;
                      padding: 8px 14px; border-radius: 6px; margin-bottom: 14px; }
      .review { font-size: 0.9em; color: #59636e; border: 1px solid #d0d7de; border-radius: 6px;
                padding: 6px 12px; margin-bottom: 18px; }
      .review.state-approved strong, .review.state-published strong { color: #1a7f37; }
      .review.state-in_review strong { color: #9a6700; }
      figure.chart { margin: 0.8em 0 1.2em; overflow-x: auto; }
      figure.chart svg { max-width: 100%; height: auto; }
      figcaption { font-size: 0.85em; color: #59636e; }
      footer { margin-top: 3em; font-size: 0.8em; color: #59636e; }
      @page { margin: 16mm 14mm; }
      @media print {
        body { font-size: 10.5pt; max-width: none; padding: 0; }
        a { color: inherit; }
        h2, h3 { break-after: avoid-page; }
        figure.chart, pre, tr, li { break-inside: avoid; }
        .drill-banner, .review { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """;
}
