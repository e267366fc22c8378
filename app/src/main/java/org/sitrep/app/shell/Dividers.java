package org.sitrep.app.shell;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The window's dividers, remembered per workspace in {@code ui.properties}: between the incident
 * list and the rest, and between the timeline and the column beside it.
 */
final class Dividers {

  static final String LIST_DIVIDER = "divider.list";
  static final String BESIDE_DIVIDER = "divider.beside";

  private Dividers() {}

  /**
   * The list and {@code center} side by side. The list keeps its width when the window is resized
   * (its minimum keeps the filters whole); both dividers start where this workspace left them.
   */
  static SplitPane columns(
      Region list, Region center, DoubleProperty besidePosition, Preferences preferences) {
    SplitPane columns = new SplitPane(list, center);
    columns.setId("main-split");
    SplitPane.setResizableWithParent(list, false);
    center.setMinWidth(420);
    columns.setDividerPositions(preferences.number(LIST_DIVIDER, 0.24));
    columns
        .getDividers()
        .get(0)
        .positionProperty()
        .addListener((o, was, now) -> preferences.setNumber(LIST_DIVIDER, now.doubleValue()));
    besidePosition.set(preferences.number(BESIDE_DIVIDER, 0.56));
    besidePosition.addListener(
        (o, was, now) -> preferences.setNumber(BESIDE_DIVIDER, now.doubleValue()));
    return columns;
  }
}
