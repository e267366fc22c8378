package org.sitrep.model.entry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The commands of the quick-entry line, with the words that complete their argument. */
public enum SlashCommand {
  DECISION("/decision", "TEXT", "record a decision", List.of("/dec")),
  ACTION("/action", "TEXT", "record an action item", List.of("/act")),
  COMMS("/comms", "TEXT", "record what was told to whom", List.of()),
  NOTE("/note", "TEXT", "a plain note (same as typing without a slash)", List.of()),
  STATUS(
      "/status",
      "investigating|identified|monitoring|resolved|closed",
      "change the status",
      List.of("/st")),
  SEV("/sev", "1-4", "change the severity (1 is the worst)", List.of("/severity")),
  ROLE("/role", "ic|comms|scribe|ops NAME", "assign or hand off a role", List.of()),
  MILESTONE(
      "/milestone",
      "started|detected|acknowledged|mitigated|resolved [HH:MM|-15m]",
      "mark a milestone, back-dated if a UTC time is given",
      List.of("/ms")),
  PAGE(
      "/page",
      "POLICY|PERSON",
      "page an escalation policy or a person: a guided call list beside the timeline",
      List.of());

  private final String word;
  private final String argument;
  private final String help;
  private final List<String> aliases;

  SlashCommand(String word, String argument, String help, List<String> aliases) {
    this.word = word;
    this.argument = argument;
    this.help = help;
    this.aliases = aliases;
  }

  public String word() {
    return word;
  }

  public String argument() {
    return argument;
  }

  public String help() {
    return help;
  }

  public static Optional<SlashCommand> of(String typed) {
    String t = typed.toLowerCase(Locale.ROOT);
    for (SlashCommand c : values()) {
      if (c.word.equals(t) || c.aliases.contains(t)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
