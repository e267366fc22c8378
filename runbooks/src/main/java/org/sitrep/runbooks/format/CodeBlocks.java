package org.sitrep.runbooks.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;

/**
 * Turns a code block into a step's {@link Command}. Pages written for people show a terminal
 * session: {@code $ } (and, in a {@code console} block, the root prompt {@code # }) mark what to
 * type, the lines without a prompt are what the terminal printed. Those are never run: they become
 * the step's expected output.
 */
final class CodeBlocks {

  /** The command, and the printed lines left out of it (empty when there were none). */
  record Read(Command command, String output) {}

  private CodeBlocks() {}

  static boolean isCode(Node node) {
    return node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock;
  }

  static Read read(Node block) {
    String language = "";
    String literal;
    if (block instanceof FencedCodeBlock fenced) {
      String info = fenced.getInfo() == null ? "" : fenced.getInfo().strip();
      language = info.isEmpty() ? "" : info.split("[\\s{]+", 2)[0];
      literal = fenced.getLiteral();
    } else {
      literal = ((IndentedCodeBlock) block).getLiteral();
    }
    String text = withoutLastNewline(literal == null ? "" : literal);
    return withoutPrompts(language, text);
  }

  /**
   * In a {@code console} block every line starting with {@code $ } or {@code # } is typed; in a
   * shell block, prompts count only when some line has {@code $ } ({@code # } there is a comment
   * and stays one). A line after one ending in {@code \} continues it.
   */
  static Read withoutPrompts(String language, String text) {
    String lower = language.toLowerCase(Locale.ROOT);
    boolean console =
        lower.equals("console") || lower.endsWith("-session") || lower.equals("shellsession");
    if (!Command.SHELL.contains(lower)) {
      return new Read(new Command(language, text), "");
    }
    String[] lines = text.split("\n", -1);
    boolean prompted = console;
    for (String line : lines) {
      prompted |= line.startsWith("$ ") || line.equals("$");
    }
    if (!prompted) {
      return new Read(new Command(language, text), "");
    }
    List<String> typed = new ArrayList<>();
    List<String> printed = new ArrayList<>();
    boolean continues = false;
    for (String line : lines) {
      if (continues || line.startsWith("$ ") || (console && line.startsWith("# "))) {
        typed.add(continues ? line : line.substring(2));
        continues = line.endsWith("\\");
      } else {
        continues = false;
        if (!console && line.startsWith("#")) {
          typed.add(line); // a comment between prompted lines stays a comment
        } else if (!line.isBlank() && !line.strip().equals("$")) {
          printed.add(line);
        }
      }
    }
    String command = String.join("\n", typed).strip();
    return new Read(new Command(language, command), String.join("\n", printed));
  }

  private static String withoutLastNewline(String text) {
    return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
  }
}
