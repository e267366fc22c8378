package org.sitrep.model.comms.wording;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The wording checks an update goes through before it is sent. Each is a warning, not a refusal:
 * the writer may override it by name ({@code --override eta}), and the override is recorded with
 * the update. The names are stored and must not change.
 */
public enum Check {
  ETA(
      "eta",
      "promises a time of fix",
      "Say what is being done, not when it will be fixed: a missed ETA costs more trust than none."),
  SPECULATION(
      "speculation",
      "speculates",
      "Be declarative: say what is known (\"verification of the fix is underway\"), not what you"
          + " think or hope."),
  NAMES(
      "names",
      "names a person or team",
      "Customers need no names: say \"our engineers\", and never single anyone out."),
  NEXT_UPDATE(
      "next-update",
      "does not say when the next update comes",
      "Every update names the next one, so readers know when to look again."),
  INTERNAL_DETAIL(
      "internal-detail",
      "shows an internal host, address or ticket",
      "Hostnames, IP addresses and ticket ids mean nothing to customers and tell attackers much."),
  SECRET(
      "secret",
      "contains what looks like a secret",
      "It is masked in the log and never sent; take it out of the text."),
  BLAME(
      "blame",
      "blames someone",
      "Name no names and no \"human error\": say what happened to the system."),
  UNFILLED(
      "unfilled",
      "still has a part of the template to fill in",
      "Replace the bracketed prompt with what it asks for."),
  APOLOGY("apology", "does not apologise", "Apologise first: say sorry for the impact, plainly."),
  WHAT_HAPPENED(
      "what-happened",
      "does not say what happened",
      "Say what happened (the cause, in plain words)."),
  WHAT_NEXT(
      "what-next",
      "does not say what will be done",
      "Say what will be done so it does not happen again.");

  private final String word;
  private final String finding;
  private final String advice;

  Check(String word, String finding, String advice) {
    this.word = word;
    this.finding = finding;
    this.advice = advice;
  }

  /** The name the writer overrides it by. */
  public String word() {
    return word;
  }

  /** "promises a time of fix": what the update does, said after "this update …". */
  public String finding() {
    return finding;
  }

  /** Why it matters and what to write instead. */
  public String advice() {
    return advice;
  }

  public static Optional<Check> find(String word) {
    String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.word.equals(w)).findFirst();
  }
}
