package org.sitrep.model.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.Role;

/** What the quick-entry line offers to complete the word being typed. */
public final class Completions {

  /** {@code line} is what the entry would read after choosing this suggestion. */
  public record Suggestion(String line, String label, String help) {}

  private Completions() {}

  public static List<Suggestion> forLine(String typed) {
    String line = typed == null ? "" : typed;
    List<Suggestion> out = new ArrayList<>();
    if (!line.startsWith("/") || line.startsWith("//")) {
      return out;
    }
    int space = line.indexOf(' ');
    if (space < 0) {
      String prefix = line.toLowerCase(Locale.ROOT);
      for (SlashCommand c : SlashCommand.values()) {
        if (c.word().startsWith(prefix)) {
          out.add(new Suggestion(c.word() + " ", c.word() + " " + c.argument(), c.help()));
        }
      }
      return out;
    }
    SlashCommand command = SlashCommand.of(line.substring(0, space)).orElse(null);
    String arg = line.substring(space + 1);
    if (command == null || arg.contains(" ")) {
      return out;
    }
    String head = line.substring(0, space + 1);
    switch (command) {
      case STATUS:
        for (IncidentStatus s : IncidentStatus.values()) {
          offer(out, head, s.label(), arg, "set status to " + s.label());
        }
        break;
      case SEV:
        for (int level = 1; level <= 4; level++) {
          offer(out, head, String.valueOf(level), arg, "SEV" + level);
        }
        break;
      case ROLE:
        for (Role r : Role.values()) {
          offer(out, head, r.aliases().get(0) + " ", arg, r.label());
        }
        break;
      case MILESTONE:
        for (Milestone m : Milestone.values()) {
          offer(out, head, m.label() + " ", arg, "mark " + m.label() + " now, or add HH:MM (UTC)");
        }
        break;
      default:
        break;
    }
    return out;
  }

  private static void offer(
      List<Suggestion> out, String head, String word, String typed, String help) {
    if (word.startsWith(typed.toLowerCase(Locale.ROOT))) {
      out.add(new Suggestion(head + word, word.strip(), help));
    }
  }
}
