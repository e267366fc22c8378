package org.sitrep.app.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * What "usable on a laptop" means in numbers, read from the laid-out window (call on the FX
 * thread): nothing shown is cut short with "…" unless it was built to give way (a label with a
 * minimum width of 0: a file path, the last status message), nothing is drawn past the window's
 * edge, no list scrolls sideways, and no list row is drawn over the next one.
 */
final class LayoutChecks {

  private LayoutChecks() {}

  /** Every problem found under {@code root}, described so a failure says what and where. */
  static List<String> problems(Node root) {
    List<String> out = new ArrayList<>();
    walk(root, out);
    return out;
  }

  private static void walk(Node node, List<String> out) {
    if (!node.isVisible() || node.getOpacity() == 0) {
      return;
    }
    if (node instanceof Labeled labeled) {
      truncated(labeled).ifPresent(out::add);
      outside(labeled).ifPresent(out::add);
    }
    if (node instanceof ListView<?> list) {
      sideways(list).ifPresent(out::add);
      overlapping(list).ifPresent(out::add);
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        walk(child, out);
      }
    }
  }

  /** The text drawn ends in "…" where the label's own text does not. */
  static java.util.Optional<String> truncated(Labeled labeled) {
    String full = labeled.getText();
    if (full == null || full.isEmpty() || labeled.getMinWidth() == 0 || inCell(labeled)) {
      return java.util.Optional.empty();
    }
    for (Node child : labeled.getChildrenUnmodifiable()) {
      if (child instanceof Text shown && child.getStyleClass().contains("text")) {
        String drawn = shown.getText();
        if (drawn != null && drawn.endsWith("…") && !full.endsWith("…")) {
          return java.util.Optional.of(
              "cut short: " + describe(labeled) + " shows “" + drawn + "”");
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** List rows are checked as rows (overlapping) and for a sideways bar, not label by label. */
  private static boolean inCell(Node node) {
    for (Node at = node; at != null; at = at.getParent()) {
      if (at instanceof ListCell<?> cell) {
        // A cell's own text is drawn by the cell; a graphic's wrapped labels must not be cut.
        return node == cell && cell.getGraphic() != null;
      }
    }
    return false;
  }

  /** Drawn (partly) beyond the right or bottom edge of the window. */
  static java.util.Optional<String> outside(Node node) {
    Scene scene = node.getScene();
    if (scene == null || node.getLayoutBounds().getWidth() == 0) {
      return java.util.Optional.empty();
    }
    Bounds b = node.localToScene(node.getLayoutBounds());
    if (clipped(node)) {
      return java.util.Optional.empty(); // inside a scrolled or clipped area, it is reachable
    }
    if (b.getMaxX() > scene.getWidth() + 1 || b.getMaxY() > scene.getHeight() + 1) {
      return java.util.Optional.of(
          "outside the "
              + (int) scene.getWidth()
              + "×"
              + (int) scene.getHeight()
              + " window: "
              + describe(node)
              + " at "
              + (int) b.getMinX()
              + ","
              + (int) b.getMinY()
              + " to "
              + (int) b.getMaxX()
              + ","
              + (int) b.getMaxY());
    }
    return java.util.Optional.empty();
  }

  private static boolean clipped(Node node) {
    for (Node at = node.getParent(); at != null; at = at.getParent()) {
      if (at.getClip() != null || at instanceof javafx.scene.control.ScrollPane) {
        return true;
      }
      if (at.getClass().getName().endsWith("VirtualFlow")) {
        return true;
      }
    }
    return false;
  }

  static java.util.Optional<String> sideways(ListView<?> list) {
    for (Node n : list.lookupAll(".scroll-bar")) {
      if (n instanceof ScrollBar bar
          && bar.getOrientation() == Orientation.HORIZONTAL
          && bar.isVisible()
          && owner(bar) == list) {
        return java.util.Optional.of("scrolls sideways: " + describe(list));
      }
    }
    return java.util.Optional.empty();
  }

  private static Node owner(Node node) {
    for (Node at = node.getParent(); at != null; at = at.getParent()) {
      if (at instanceof ListView<?>) {
        return at;
      }
    }
    return null;
  }

  /** A row whose content is taller than the row, or that starts before the previous one ends. */
  static java.util.Optional<String> overlapping(ListView<?> list) {
    List<ListCell<?>> cells = new ArrayList<>();
    for (Node n : list.lookupAll(".list-cell")) {
      if (n instanceof ListCell<?> cell
          && owner(cell) == list
          && cell.isVisible()
          && !cell.isEmpty()
          && cell.getItem() != null) {
        cells.add(cell);
      }
    }
    cells.sort(Comparator.comparingDouble(c -> c.localToScene(0, 0).getY()));
    for (int i = 0; i < cells.size(); i++) {
      ListCell<?> cell = cells.get(i);
      if (cell.getGraphic() instanceof Region graphic) {
        double needed =
            graphic.prefHeight(graphic.getWidth())
                + cell.snappedTopInset()
                + cell.snappedBottomInset();
        if (needed > cell.getHeight() + 1) {
          return java.util.Optional.of(
              "row drawn over the next: "
                  + describe(list)
                  + " row "
                  + cell.getIndex()
                  + " needs "
                  + (int) needed
                  + " px, has "
                  + (int) cell.getHeight());
        }
      }
      if (i > 0) {
        ListCell<?> before = cells.get(i - 1);
        double end = before.localToScene(0, before.getHeight()).getY();
        if (cell.localToScene(0, 0).getY() < end - 1) {
          return java.util.Optional.of(
              "rows overlap: "
                  + describe(list)
                  + " rows "
                  + before.getIndex()
                  + ", "
                  + cell.getIndex());
        }
      }
    }
    return java.util.Optional.empty();
  }

  static String describe(Node node) {
    String id = node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName();
    if (node instanceof Labeled l) {
      return id + " “" + l.getText() + "”";
    }
    return id;
  }
}
