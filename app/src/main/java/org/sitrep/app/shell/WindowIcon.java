package org.sitrep.app.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;

/**
 * The window's icon (task bar, Alt+Tab), drawn at start in the shapes and colours of {@code
 * packaging/SitrepIcon.java}, which draws the installed launcher's icon: a slate tile, a log page
 * with three entries, a red dot for an open incident. Drawn, not loaded, for the same reason as
 * there: no image file to keep in step, and each size drawn for its size. Call on the FX thread.
 */
final class WindowIcon {

  static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

  private WindowIcon() {}

  static List<Image> images() {
    List<Image> images = new ArrayList<>();
    for (int size : SIZES) {
      images.add(draw(size));
    }
    return images;
  }

  static Image draw(int size) {
    Canvas canvas = new Canvas(size, size);
    GraphicsContext g = canvas.getGraphicsContext2D();
    double s = size;
    double margin = size <= 24 ? 0 : s * 0.06;
    double tile = s - 2 * margin;
    g.setFill(
        new LinearGradient(
            0,
            margin,
            0,
            s - margin,
            false,
            CycleMethod.NO_CYCLE,
            new Stop(0, Color.web("#2B3A4F")),
            new Stop(1, Color.web("#162130"))));
    g.fillRoundRect(margin, margin, tile, tile, tile * 0.22, tile * 0.22);

    double pw = tile * 0.52;
    double ph = tile * 0.64;
    double px = margin + tile * 0.17;
    double py = margin + tile * 0.18;
    double fold = pw * 0.26;
    g.setFill(Color.web("#F4F1EA"));
    g.fillPolygon(
        new double[] {px, px + pw - fold, px + pw, px + pw, px},
        new double[] {py, py, py + fold, py + ph, py + ph},
        5);
    g.setFill(Color.web("#C9C3B6"));
    g.fillPolygon(
        new double[] {px + pw - fold, px + pw - fold, px + pw},
        new double[] {py, py + fold, py + fold},
        3);

    g.setLineWidth(Math.max(1.2, tile * 0.055));
    g.setLineCap(StrokeLineCap.ROUND);
    double[] lengths = {0.62, 0.48, 0.56};
    for (int i = 0; i < 3; i++) {
      double y = py + ph * (0.40 + i * 0.20);
      double x0 = px + pw * 0.16;
      if (size >= 32) {
        g.setStroke(Color.web("#D9822B"));
        g.strokeLine(x0, y, x0 + pw * 0.08, y);
        x0 += pw * 0.18;
      }
      g.setStroke(Color.web("#3B4A5E"));
      g.strokeLine(x0, y, x0 + pw * lengths[i] * 0.9, y);
    }

    double d = tile * 0.34;
    double dx = margin + tile * 0.60;
    double dy = margin + tile * 0.58;
    double ring = Math.max(1, tile * 0.04);
    g.setFill(Color.web("#162130"));
    g.fillOval(dx - ring, dy - ring, d + 2 * ring, d + 2 * ring);
    g.setFill(Color.web("#E5484D"));
    g.fillOval(dx, dy, d, d);
    g.setFill(Color.rgb(255, 255, 255, 170 / 255.0));
    double hi = d * 0.3;
    g.fillOval(dx + d * 0.22, dy + d * 0.2, hi, hi);

    SnapshotParameters clear = new SnapshotParameters();
    clear.setFill(Color.TRANSPARENT);
    return canvas.snapshot(clear, null);
  }
}
