package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Small random edits of a runbook, of the kinds people and tools make by mistake. */
final class Mutations {
  private static final String[] INSERTS = {
    "---",
    "...",
    "{{",
    "}}",
    "{{ host }}",
    "[[",
    "]]",
    "[[nowhere]]",
    "\t- [ ] tabbed",
    "  - [ ]",
    "```",
    "~~~",
    "- [ ] (verify) (optional)",
    "variables: [",
    "reviewed: yesterday",
    "é ü 😀 \u200B",
    "\u0000",
    "> > > >",
    "1. [ ]",
    "#",
    "id: Not An Id",
    "version: 99999999999999999999"
  };

  private Mutations() {}

  static String mutate(String text, Random random, int edits) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    for (int n = 0; n < edits; n++) {
      int at = random.nextInt(lines.size() + 1);
      int line = Math.min(at, lines.size() - 1);
      switch (random.nextInt(11)) {
        case 0 -> lines.remove(line);
        case 1 -> lines.add(at, lines.get(line));
        case 2 -> {
          int other = random.nextInt(lines.size());
          String swapped = lines.get(line);
          lines.set(line, lines.get(other));
          lines.set(other, swapped);
        }
        case 3 -> lines.add(at, INSERTS[random.nextInt(INSERTS.length)]);
        case 4 -> lines.set(line, splice(lines.get(line), random));
        case 5 -> lines.add(at, longLine(random));
        case 6 -> lines.addAll(at, deepNesting(random));
        case 7 -> lines.add(at, "```" + (random.nextBoolean() ? "sh" : ""));
        case 8 -> lines.set(line, "\t" + lines.get(line));
        case 9 ->
            lines.set(line, lines.get(line).replace(' ', random.nextBoolean() ? '\t' : '\u00A0'));
        default -> {
          String joined = String.join("\n", lines);
          return joined.substring(0, random.nextInt(joined.length() + 1));
        }
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    return String.join(random.nextInt(8) == 0 ? "\r\n" : "\n", lines);
  }

  private static String splice(String line, Random random) {
    int at = random.nextInt(line.length() + 1);
    return line.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + line.substring(at);
  }

  /** Up to 100,000 characters of one kind: the lines that make naive scanners quadratic. */
  private static String longLine(Random random) {
    String unit =
        List.of("a", "{", "[", "(", "*", "> ", "- ", " ", "`", "{{x}}", "[[")
            .get(random.nextInt(11));
    return unit.repeat(1 + random.nextInt(100_000 / unit.length()));
  }

  private static List<String> deepNesting(Random random) {
    List<String> lines = new ArrayList<>();
    int depth = 1 + random.nextInt(300);
    String prefix = random.nextBoolean() ? "  " : "> ";
    for (int level = 0; level < depth; level++) {
      lines.add(prefix.repeat(level) + "- [ ] level " + level);
    }
    return lines;
  }
}
