package org.sitrep.runbooks.library;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.runbooks.format.Command;
import org.sitrep.runbooks.format.Runbook;
import org.sitrep.runbooks.format.Section;
import org.sitrep.runbooks.format.Step;

/**
 * The fixture corpora under src/test/resources/corpora (written for these tests, shaped like real
 * exports) and a plain-text picture of a runbook that golden tests compare against.
 */
final class Corpora {
  private Corpora() {}

  static Path folder(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(Corpora.class.getResource("/corpora/" + name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One line per step: {@code [section] text}, then {@code $ command} for what the console may run,
   * {@code ref language: text} for a block shown as reference, {@code notes: …}.
   */
  static List<String> picture(Runbook runbook) {
    List<String> lines = new ArrayList<>();
    for (Section section : runbook.sections()) {
      for (Step step : section.steps()) {
        lines.add("[" + section.heading() + "] " + step.text());
        step.command().ifPresent(c -> lines.add("  " + command(c)));
        if (!step.notes().isBlank()) {
          lines.add("  notes: " + step.notes().replace("\n", "⏎"));
        }
      }
    }
    return lines;
  }

  private static String command(Command c) {
    String text = c.text().replace("\n", "⏎");
    return c.runnable()
        ? "$ " + text + (c.language().isEmpty() ? "" : "  (" + c.language() + ")")
        : "ref " + c.language() + ": " + text;
  }
}
