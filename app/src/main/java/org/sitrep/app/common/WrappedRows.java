package org.sitrep.app.common;

import javafx.scene.control.ListCell;

/**
 * The height a list row needs for its wrapped text at the list's width. A cell is first measured
 * before it has a width (and a wrapping label then reports one line per written line), so rows came
 * out too short and the next row was drawn over the rest of the text.
 */
public final class WrappedRows {

  private WrappedRows() {}

  /** The width the cell's content has: the one given, else the cell's, else the list's. */
  public static double contentWidth(ListCell<?> cell, double width) {
    double w = width > 0 ? width : cell.getWidth();
    if (w <= 0 && cell.getListView() != null) {
      w = cell.getListView().getWidth() - 2; // inside the list's border
    }
    return Math.max(40, w - cell.snappedLeftInset() - cell.snappedRightInset());
  }

  /**
   * For a cell drawn by its graphic: the graphic's height at the width it will be given. Call from
   * {@code computePrefHeight}; {@code otherwise} is the cell's own answer for an empty cell.
   */
  public static double graphicHeight(ListCell<?> cell, double width, double otherwise) {
    javafx.scene.Node graphic = cell.getGraphic();
    if (graphic == null || cell.isEmpty()) {
      return otherwise;
    }
    return withInsets(cell, graphic.prefHeight(contentWidth(cell, width)));
  }

  public static double withInsets(ListCell<?> cell, double contentHeight) {
    return contentHeight + cell.snappedTopInset() + cell.snappedBottomInset();
  }
}
