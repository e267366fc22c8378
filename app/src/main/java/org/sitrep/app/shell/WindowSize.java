package org.sitrep.app.shell;

/**
 * The window's size when it opens: what this workspace's window was left at, else a size that fits
 * the screen; never larger than the screen's usable area, never smaller than the window's minimum.
 * The old fixed 1200×780 did not fit a 1280×720 laptop screen: its foot (status bar, entry line)
 * was off the bottom.
 */
record WindowSize(double width, double height) {

  static final double MIN_WIDTH = 820;
  static final double MIN_HEIGHT = 520;
  static final double DEFAULT_WIDTH = 1440;
  static final double DEFAULT_HEIGHT = 900;
  static final String WIDTH_KEY = "window.width";
  static final String HEIGHT_KEY = "window.height";
  static final String MAXIMIZED_KEY = "window.maximized";

  /**
   * {@code rememberedWidth}/{@code rememberedHeight} are NaN when nothing was remembered; the
   * screen sizes are the usable area (without task bars).
   */
  static WindowSize initial(
      double screenWidth, double screenHeight, double rememberedWidth, double rememberedHeight) {
    double w = Double.isNaN(rememberedWidth) ? DEFAULT_WIDTH : rememberedWidth;
    double h = Double.isNaN(rememberedHeight) ? DEFAULT_HEIGHT : rememberedHeight;
    return new WindowSize(fit(w, screenWidth, MIN_WIDTH), fit(h, screenHeight, MIN_HEIGHT));
  }

  private static double fit(double wanted, double screen, double min) {
    return Math.max(Math.min(wanted, screen), Math.min(min, screen));
  }
}
