package org.sitrep.model.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each card and each of its properties sits in the file. The vCard library reads the values;
 * this scan keeps the line numbers a warning or a refusal must name, and finds what a lenient
 * reader would let through: a card never closed (a truncated export), an END without BEGIN.
 */
final class VCardLayout {

  /** One top-level card: its BEGIN line, whether END was found, and the lines of each property. */
  static final class Card {
    final int line;
    boolean closed;
    final Map<String, List<Integer>> lines = new HashMap<>();

    Card(int line) {
      this.line = line;
    }

    /** The line of the {@code index}-th property called {@code name}, else the card's line. */
    int lineOf(String name, int index) {
      List<Integer> at = lines.get(name.toUpperCase(Locale.ROOT));
      return at != null && index < at.size() ? at.get(index) : line;
    }
  }

  final List<Card> cards = new ArrayList<>();
  final List<LineProblem> problems = new ArrayList<>();
  final List<LineProblem> warnings = new ArrayList<>();

  static VCardLayout scan(String file, String text) {
    VCardLayout layout = new VCardLayout();
    Card card = null;
    int depth = 0;
    boolean softBreak = false;
    for (String[] raw : ContentLine.unfold(text)) {
      int line = Integer.parseInt(raw[0]);
      String l = raw[1];
      if (softBreak) {
        // vCard 2.1 quoted-printable continues a value on the next line after a trailing '='.
        softBreak = l.endsWith("=");
        continue;
      }
      int colon = l.indexOf(':');
      String head = colon < 0 ? l : l.substring(0, colon);
      softBreak = head.toUpperCase(Locale.ROOT).contains("QUOTED-PRINTABLE") && l.endsWith("=");
      String name = propertyName(head);
      String value = colon < 0 ? "" : l.substring(colon + 1).strip();
      if (name.equals("BEGIN") && value.equalsIgnoreCase("VCARD")) {
        if (depth == 0) {
          card = new Card(line);
          layout.cards.add(card);
        }
        depth++;
      } else if (name.equals("END") && value.equalsIgnoreCase("VCARD")) {
        if (depth == 0) {
          layout.problems.add(new LineProblem(file, line, "END:VCARD without a BEGIN:VCARD"));
        } else if (--depth == 0) {
          card.closed = true;
        }
      } else if (depth == 0) {
        layout.warnings.add(
            new LineProblem(file, line, "'" + shorten(l) + "' is outside any card: ignored"));
      } else if (depth == 1) {
        card.lines.computeIfAbsent(name, k -> new ArrayList<>()).add(line);
      }
    }
    for (Card c : layout.cards) {
      if (!c.closed) {
        layout.problems.add(
            new LineProblem(file, c.line, "card is never closed: END:VCARD is missing"));
      }
    }
    if (layout.cards.isEmpty() && layout.problems.isEmpty()) {
      layout.problems.add(
          new LineProblem(file, 1, "no BEGIN:VCARD in the file: nothing to import"));
    }
    return layout;
  }

  private static String propertyName(String head) {
    int semi = head.indexOf(';');
    String name = (semi < 0 ? head : head.substring(0, semi)).strip().toUpperCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot >= 0 ? name.substring(dot + 1) : name;
  }

  static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
