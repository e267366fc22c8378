package org.sitrep.app.report;

import javafx.geometry.Pos;
import javafx.scene.chart.Chart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/**
 * A chart that says why it is empty. An empty plot reads as "all zero", the one thing it does not
 * mean, so while the reason is set the chart is hidden and the reason shows in its place.
 */
final class ChartOrReason {

  private ChartOrReason() {}

  static StackPane of(Chart chart, Label reason, String id) {
    reason.setId(id);
    reason.setWrapText(true);
    reason.getStyleClass().add("chart-no-data");
    reason.setMaxWidth(Double.MAX_VALUE);
    reason.setAlignment(Pos.CENTER);
    reason.visibleProperty().bind(reason.textProperty().isNotEmpty());
    reason.managedProperty().bind(reason.visibleProperty());
    chart.visibleProperty().bind(reason.visibleProperty().not());
    Label title = new Label();
    title.textProperty().bind(chart.titleProperty());
    title.getStyleClass().add("section-title");
    javafx.scene.layout.VBox missing = new javafx.scene.layout.VBox(8, title, reason);
    missing.setAlignment(Pos.CENTER);
    missing.visibleProperty().bind(reason.visibleProperty());
    return new StackPane(chart, missing);
  }

  /** Counts of incidents: ticks at whole numbers only, never "0.5 incidents". */
  static void wholeNumbers(NumberAxis axis) {
    axis.setMinorTickVisible(false);
    axis.setAutoRanging(false);
    axis.setLowerBound(0);
    range(axis, 0);
    axis.setTickLabelFormatter(
        new StringConverter<Number>() {
          @Override
          public String toString(Number n) {
            double v = n.doubleValue();
            return v == Math.rint(v) ? String.valueOf((long) v) : "";
          }

          @Override
          public Number fromString(String s) {
            return Long.parseLong(s);
          }
        });
  }

  /** From 0 to at least {@code max}, in whole steps: about eight ticks however many incidents. */
  static void range(NumberAxis axis, int max) {
    int step = Math.max(1, (int) Math.ceil(max / 8.0));
    axis.setTickUnit(step);
    axis.setUpperBound(Math.max(step, (int) Math.ceil(max / (double) step) * step));
  }
}
