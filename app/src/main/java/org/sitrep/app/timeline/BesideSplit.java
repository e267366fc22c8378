package org.sitrep.app.timeline;

import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;

/**
 * The timeline and, behind a divider the commander can drag, the column beside it (call list,
 * facilitator, checklist). The column is in the split only while something in it shows, so the
 * timeline has the whole width otherwise; where the divider sits is {@link #position()}.
 */
final class BesideSplit extends SplitPane {

  private final DoubleProperty position = new SimpleDoubleProperty(0.56);

  BesideSplit(Node timeline) {
    setId("incident-split");
    getItems().add(timeline);
  }

  DoubleProperty position() {
    return position;
  }

  void setBeside(Pane beside) {
    SplitPane.setResizableWithParent(beside, false);
    InvalidationListener shown = o -> show(beside);
    beside
        .getChildren()
        .addListener(
            (ListChangeListener<Node>)
                c -> {
                  while (c.next()) {
                    c.getAddedSubList().forEach(n -> n.visibleProperty().addListener(shown));
                  }
                  show(beside);
                });
    beside.getChildren().forEach(n -> n.visibleProperty().addListener(shown));
    show(beside);
  }

  private void show(Pane beside) {
    boolean any = beside.getChildren().stream().anyMatch(Node::isVisible);
    if (any && !getItems().contains(beside)) {
      getItems().add(beside);
      setDividerPositions(position.get());
      getDividers()
          .get(0)
          .positionProperty()
          .addListener((o, was, now) -> position.set(now.doubleValue()));
    } else if (!any) {
      getItems().remove(beside);
    }
  }
}
