package org.sitrep.runbooks.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks before a command runs. Production hosts and commands that destroy things need the
 * operator to type the host name: a deliberate act that a tired hand cannot do by accident. Drills
 * never touch production at all.
 */
public final class Guardrails {

  /** What must happen before the command may run. */
  public record Review(
      Optional<String> refusal, List<String> reasons, String confirmWith, boolean drill) {

    public Review(Optional<String> refusal, List<String> reasons, String confirmWith) {
      this(refusal, reasons, confirmWith, false);
    }

    public boolean refused() {
      return refusal.isPresent();
    }

    public boolean needsConfirmation() {
      return !reasons.isEmpty();
    }

    /** True when the operator typed exactly the name asked for. */
    public boolean confirmedBy(Optional<String> typed) {
      return !needsConfirmation()
          || typed.map(String::strip).filter(confirmWith::equals).isPresent();
    }
  }

  private static final List<Pattern> DESTRUCTIVE =
      List.of(
          Pattern.compile("\\brm\\s+(-[a-zA-Z]*[rRf][a-zA-Z]*\\s+)+"),
          Pattern.compile("\\brm\\s+--(recursive|force)\\b"),
          Pattern.compile("(?i)\\bdrop\\s+(table|database|schema|index|user|keyspace)\\b"),
          Pattern.compile("(?i)\\btruncate\\s+(table\\s+)?\\w"),
          Pattern.compile("(?i)\\bdelete\\s+from\\s+\\w+\\s*(;|$)"),
          Pattern.compile("\\bmkfs(\\.\\w+)?\\b"),
          Pattern.compile("\\bdd\\s+.*\\bof=/dev/"),
          Pattern.compile("\\b(shutdown|poweroff|halt|reboot)\\b"),
          Pattern.compile("\\binit\\s+[06]\\b"),
          Pattern.compile("\\bwipefs\\b|\\bshred\\b|\\bfdisk\\b|\\bparted\\b"),
          Pattern.compile(">\\s*/dev/(sd|nvme|vd|xvd)"),
          Pattern.compile("\\bkill(all)?\\s+-9\\s+(-1|1)\\b"),
          Pattern.compile("\\bsystemctl\\s+(stop|disable|mask)\\b"),
          Pattern.compile("\\bkubectl\\s+delete\\b"),
          Pattern.compile("\\bterraform\\s+destroy\\b"),
          Pattern.compile("(?i)\\bflushall\\b|\\bflushdb\\b"),
          Pattern.compile("\\bgit\\s+push\\s+.*(--force|-f)\\b"),
          Pattern.compile(":\\(\\)\\s*\\{"));

  private Guardrails() {}

  /**
   * @param targetName the host name, or {@code local}
   * @param production whether the target is tagged production
   * @param drill whether the incident is a drill
   */
  public static Review review(
      String targetName, boolean production, boolean drill, String command) {
    if (drill && production) {
      return new Review(
          Optional.of(
              "this is a drill: commands never run against production hosts ("
                  + targetName
                  + " is production)"),
          List.of(),
          targetName,
          true);
    }
    if (drill) {
      // Nothing runs in a drill, so nothing needs the target typed: the output is simulated.
      return new Review(Optional.empty(), List.of(), targetName, true);
    }
    List<String> reasons = new ArrayList<>();
    if (production) {
      reasons.add(targetName + " is a production host");
    }
    destructive(command)
        .ifPresent(what -> reasons.add("the command looks destructive (" + what + ")"));
    return new Review(Optional.empty(), List.copyOf(reasons), targetName);
  }

  /** The part of the command that looks destructive, if any. */
  public static Optional<String> destructive(String command) {
    for (Pattern p : DESTRUCTIVE) {
      var m = p.matcher(command);
      if (m.find()) {
        return Optional.of(m.group().strip());
      }
    }
    return Optional.empty();
  }
}
