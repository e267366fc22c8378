package org.sitrep.runbooks.drill;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An event an inject waits for ({@code after: commander-assigned}, {@code after: step-done
 * assess/check-which}). The argument, when the event takes one, names a role, runbook, step key
 * prefix or inject id.
 */
public record Trigger(Event event, String argument) {

  /** The events the players' own actions produce, which a scenario can react to. */
  public enum Event {
    COMMANDER_ASSIGNED("commander-assigned", false),
    ROLE_ASSIGNED("role-assigned", true),
    STATUS_UPDATE("status-update", false),
    CHECKLIST_ATTACHED("checklist-attached", true),
    STEP_DONE("step-done", true),
    STEP_SKIPPED("step-skipped", true),
    INJECT_RELEASED("inject-released", true),
    INJECT_ACKNOWLEDGED("inject-acknowledged", true);

    private final String word;
    private final boolean takesArgument;

    Event(String word, boolean takesArgument) {
      this.word = word;
      this.takesArgument = takesArgument;
    }

    public String word() {
      return word;
    }

    public boolean takesArgument() {
      return takesArgument;
    }

    public static Optional<Event> parse(String word) {
      String w = word.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(e -> e.word.equals(w)).findFirst();
    }

    public static List<String> words() {
      return Arrays.stream(values()).map(Event::word).toList();
    }
  }

  public Trigger {
    argument = argument == null ? "" : argument.strip();
  }

  /**
   * True when {@code seen} (an event that happened, with its full argument: a whole step key, a
   * runbook id) satisfies this trigger; a step trigger matches by key prefix.
   */
  public boolean matches(Trigger seen) {
    if (seen.event != event) {
      return false;
    }
    if (event == Event.STEP_DONE || event == Event.STEP_SKIPPED) {
      return seen.argument.startsWith(argument);
    }
    return seen.argument.equalsIgnoreCase(argument);
  }

  @Override
  public String toString() {
    return argument.isEmpty() ? event.word : event.word + " " + argument;
  }
}
