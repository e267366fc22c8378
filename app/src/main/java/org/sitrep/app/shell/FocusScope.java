package org.sitrep.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keyboard model of docs/keyboard.md for anything that covers the timeline: an overlay card or
 * a view shown in its place (postmortem, managers' view). Written once here so no view has to catch
 * Esc itself: Esc closes it from any control inside (a list would otherwise swallow the key),
 * Ctrl+Enter fires its default button from a multi-line field, and on closing the focus goes back
 * to the node that had it before. A trapping scope (an overlay) also keeps Tab and any stray focus
 * request inside it, so nothing behind the card can take the keyboard.
 */
final class FocusScope {

  private final Node root;
  private final boolean trap;
  private final BooleanSupplier closable;
  private final Runnable close;
  private Node opener;
  private Scene scene;
  private boolean active;
  private boolean remembered;
  private Node lastInside;
  private final ChangeListener<Node> keepInside = (o, was, now) -> keepInside(was, now);

  /**
   * {@code close} runs on Esc while {@code closable} holds; {@code trap} keeps the focus inside
   * {@code root} while it is open.
   */
  FocusScope(Node root, boolean trap, BooleanSupplier closable, Runnable close) {
    this.root = root;
    this.trap = trap;
    this.closable = closable;
    this.close = close;
    root.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
  }

  /**
   * Remembers where the focus is in {@code from}: for a view about to replace what has the focus,
   * call this before the swap. {@link #open} does it itself otherwise.
   */
  void remember(Scene from) {
    if (!active && !remembered && from != null) {
      Node owner = from.getFocusOwner();
      opener = owner != null && !inside(owner) ? owner : null;
      remembered = true;
    }
  }

  /**
   * Remembers where the focus was (unless already inside) and gives it to {@code focus}, or to the
   * first control inside when {@code focus} cannot take it: with the focus outside, Esc would never
   * reach the scope.
   */
  void open(Node focus) {
    Scene now = root.getScene();
    remember(now);
    remembered = false;
    active = true;
    if (!usable(focus)) {
      List<Node> stops = new ArrayList<>();
      stops(root, stops);
      focus = stops.isEmpty() ? root : stops.get(0);
    }
    lastInside = focus;
    if (trap && now != null && scene == null) {
      scene = now;
      scene.focusOwnerProperty().addListener(keepInside);
    }
    if (focus != null) {
      focus.requestFocus();
    }
  }

  /**
   * Closed: the focus goes back where it was when the scope opened. Returns false when that node
   * has gone (or never was), so the caller can put the focus somewhere sensible instead.
   */
  boolean closed() {
    active = false;
    if (scene != null) {
      scene.focusOwnerProperty().removeListener(keepInside);
      scene = null;
    }
    Node back = opener;
    opener = null;
    lastInside = null;
    if (usable(back)) {
      back.requestFocus();
      return true;
    }
    return false;
  }

  boolean isOpen() {
    return active;
  }

  private void keyPressed(KeyEvent e) {
    if (!active) {
      return;
    }
    if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown()) {
      // An open drop-down closes first, as everywhere else.
      if (e.getTarget() instanceof ComboBoxBase<?> box && box.isShowing()) {
        return;
      }
      e.consume();
      if (closable.getAsBoolean()) {
        close.run();
      }
    } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
      defaultButton(root)
          .ifPresent(
              b -> {
                e.consume();
                b.fire();
              });
    } else if (trap && e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isAltDown()) {
      List<Node> stops = new ArrayList<>();
      stops(root, stops);
      if (stops.isEmpty()) {
        e.consume();
        return;
      }
      int at = stops.indexOf(root.getScene() == null ? null : root.getScene().getFocusOwner());
      int step = e.isShiftDown() ? -1 : 1;
      int next = at < 0 ? 0 : Math.floorMod(at + step, stops.size());
      stops.get(next).requestFocus();
      e.consume();
    }
  }

  /** A focus request from behind the card (a task finishing, a shortcut) is sent back inside. */
  private void keepInside(Node was, Node now) {
    if (!active || now == null) {
      return;
    }
    if (inside(now)) {
      lastInside = now;
      return;
    }
    Node back = usable(lastInside) && inside(lastInside) ? lastInside : null;
    if (back == null) {
      List<Node> stops = new ArrayList<>();
      stops(root, stops);
      back = stops.isEmpty() ? null : stops.get(0);
    }
    if (back != null) {
      Node target = back;
      // Not from inside the focus change itself: JavaFX finishes it first.
      javafx.application.Platform.runLater(
          () -> {
            if (active && !inside(scene == null ? null : scene.getFocusOwner())) {
              target.requestFocus();
            }
          });
    }
  }

  private boolean inside(Node node) {
    for (Node at = node; at != null; at = at.getParent()) {
      if (at == root) {
        return true;
      }
    }
    return false;
  }

  private boolean usable(Node node) {
    if (node == null || node.getScene() == null || node.isDisabled()) {
      return false;
    }
    for (Node at = node; at != null; at = at.getParent()) {
      if (!at.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /** The nodes Tab stops at inside {@code node}, in the order they are laid out in the tree. */
  static void stops(Node node, List<Node> into) {
    if (!node.isVisible() || node.isDisabled()) {
      return;
    }
    boolean container =
        node instanceof ScrollPane
            || node instanceof TitledPane
            || node instanceof TabPane
            || node instanceof SplitPane
            || node instanceof Accordion;
    if (node.isFocusTraversable() && !container) {
      into.add(node); // a control owns what is inside it
      return;
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        stops(child, into);
      }
    }
  }

  /**
   * The button Enter would press inside {@code node}: the one marked default, shown and enabled.
   */
  static java.util.Optional<Button> defaultButton(Node node) {
    if (!node.isVisible() || node.isDisabled()) {
      return java.util.Optional.empty();
    }
    if (node instanceof Button b && b.isDefaultButton()) {
      return java.util.Optional.of(b);
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        java.util.Optional<Button> found = defaultButton(child);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return java.util.Optional.empty();
  }
}
