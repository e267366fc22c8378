package org.sitrep.model.postmortem.html;

import java.util.Locale;

/**
 * Writes a small SVG image as text: rectangles, lines, polygons, text and links, every value
 * escaped, numbers to one decimal so the same input gives the same bytes. No JavaFX, no AWT: the
 * model draws charts for exports without a display.
 */
public final class SvgWriter {

  private final StringBuilder out = new StringBuilder(8192);
  private boolean linkOpen;

  /**
   * Starts an image {@code width}×{@code height}, described by {@code label} for screen readers.
   */
  public SvgWriter(int width, int height, String label, String css) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(label))
        .append("\">\n<title>")
        .append(Html.escape(label))
        .append("</title>\n<style>")
        .append(css)
        .append("</style>\n");
  }

  public SvgWriter rect(double x, double y, double w, double h, String cls) {
    out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y));
    out.append("\" width=\"").append(n(Math.max(w, 0))).append("\" height=\"").append(n(h));
    cls(cls).append("/>\n");
    return this;
  }

  public SvgWriter line(double x1, double y1, double x2, double y2, String cls) {
    out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1));
    out.append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2));
    cls(cls).append("/>\n");
    return this;
  }

  /** A closed shape through {@code xy} pairs. */
  public SvgWriter polygon(String cls, double... xy) {
    out.append("<polygon points=\"");
    for (int i = 0; i < xy.length; i += 2) {
      out.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
    }
    cls(cls).append("/>\n");
    return this;
  }

  /** Text at (x, y); {@code anchor} is start, middle or end. */
  public SvgWriter text(double x, double y, String text, String cls, String anchor) {
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y));
    out.append("\" text-anchor=\"").append(Html.escape(anchor));
    cls(cls).append('>').append(Html.escape(text)).append("</text>\n");
    return this;
  }

  /** Opens a link around what follows, with a tooltip; refused targets get no link at all. */
  public SvgWriter openLink(String href, String tooltip) {
    out.append(Html.safeUrl(href) ? "<a href=\"" + Html.escape(href) + "\">" : "<g>");
    out.append("<title>").append(Html.escape(tooltip)).append("</title>");
    linkOpen = Html.safeUrl(href);
    return this;
  }

  public SvgWriter closeLink() {
    out.append(linkOpen ? "</a>\n" : "</g>\n");
    return this;
  }

  public String finish() {
    return out.append("</svg>\n").toString();
  }

  private StringBuilder cls(String cls) {
    if (cls != null && !cls.isEmpty()) {
      out.append("\" class=\"").append(Html.escape(cls));
    }
    return out.append('"');
  }

  private static String n(double v) {
    double r = Math.round(v * 10) / 10.0;
    return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
  }
}
