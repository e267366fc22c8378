package org.sitrep.model.entry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;

/**
 * Reads one line of the quick-entry box. Plain text is a note; a leading slash is a command; {@code
 * //} escapes a note that starts with a slash. Errors say what was wrong and mark where.
 */
public final class QuickEntryParser {

  private static final Pattern RELATIVE = Pattern.compile("-(\\d{1,4})([MH])");

  private QuickEntryParser() {}

  /** Parses {@code line}; {@code now} resolves times such as "14:05" (UTC, today or yesterday). */
  public static QuickEntry parse(String line, Instant now) {
    String text = line == null ? "" : line.strip();
    if (text.isEmpty()) {
      throw new QuickEntryException("nothing to log: type a note or a /command", 0, 0);
    }
    if (text.startsWith("//")) {
      return new QuickEntry.Text(EntryKind.NOTE, text.substring(1));
    }
    if (!text.startsWith("/")) {
      return new QuickEntry.Text(EntryKind.NOTE, text);
    }
    int space = indexOfWhitespace(text);
    String word = space < 0 ? text : text.substring(0, space);
    String rest = space < 0 ? "" : text.substring(space).strip();
    int argAt = space < 0 ? text.length() : text.indexOf(rest, space);
    SlashCommand command =
        SlashCommand.of(word)
            .orElseThrow(
                () ->
                    new QuickEntryException(
                        word
                            + " is not a command: try "
                            + Arrays.stream(SlashCommand.values())
                                .map(SlashCommand::word)
                                .collect(Collectors.joining(", ")),
                        0,
                        word.length()));
    if (rest.isEmpty()) {
      throw new QuickEntryException(
          command.word() + " needs " + command.argument(), 0, word.length());
    }
    try {
      return build(command, rest, argAt, text.length(), now);
    } catch (QuickEntryException e) {
      throw e;
    } catch (ChangeRefusedException e) {
      throw new QuickEntryException(e.getMessage(), argAt, text.length());
    }
  }

  private static QuickEntry build(
      SlashCommand command, String rest, int argAt, int end, Instant now) {
    switch (command) {
      case DECISION:
        return new QuickEntry.Text(EntryKind.DECISION, rest);
      case ACTION:
        return new QuickEntry.Text(EntryKind.ACTION, rest);
      case COMMS:
        return new QuickEntry.Text(EntryKind.COMMS, rest);
      case NOTE:
        return new QuickEntry.Text(EntryKind.NOTE, rest);
      case STATUS:
        return new QuickEntry.StatusChange(IncidentStatus.parse(rest));
      case SEV:
        return new QuickEntry.SeverityChange(Severity.parse(rest));
      case ROLE:
        return role(rest, argAt, end);
      case MILESTONE:
        return milestone(rest, argAt, end, now);
      case PAGE:
        return new QuickEntry.PageRequest(rest);
      default:
        throw new IllegalStateException("unhandled command " + command);
    }
  }

  private static QuickEntry role(String rest, int argAt, int end) {
    int space = indexOfWhitespace(rest);
    if (space < 0) {
      Role.parse(rest); // a bad role name is the more useful error
      throw new QuickEntryException(
          "/role " + rest + " needs a name: /role " + rest + " Dana", argAt, end);
    }
    Role role = Role.parse(rest.substring(0, space));
    return new QuickEntry.RoleChange(role, rest.substring(space).strip());
  }

  private static QuickEntry milestone(String rest, int argAt, int end, Instant now) {
    int space = indexOfWhitespace(rest);
    Milestone milestone = Milestone.parse(space < 0 ? rest : rest.substring(0, space));
    if (space < 0) {
      return new QuickEntry.MilestoneMark(milestone, now);
    }
    String when = rest.substring(space).strip();
    return new QuickEntry.MilestoneMark(milestone, parseTime(when, now));
  }

  /**
   * "14:05" or "14:05:30" (UTC; yesterday when that time has not come yet today), "-15m" or "-2h",
   * or a full UTC date-time "2026-11-21 14:05" / "2026-11-21T14:05:00Z".
   */
  public static Instant parseTime(String when, Instant now) {
    String t = when.strip().toUpperCase(Locale.ROOT);
    Matcher relative = RELATIVE.matcher(t);
    if (relative.matches()) {
      long amount = Long.parseLong(relative.group(1));
      return now.minus(
          relative.group(2).equals("M") ? Duration.ofMinutes(amount) : Duration.ofHours(amount));
    }
    try {
      if (t.length() <= 8) {
        LocalTime time = LocalTime.parse(t);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant candidate = LocalDateTime.of(today, time).toInstant(ZoneOffset.UTC);
        return candidate.isAfter(now.plusSeconds(60))
            ? candidate.minus(Duration.ofDays(1))
            : candidate;
      }
      String iso = t.replace(' ', 'T');
      if (iso.endsWith("Z")) {
        return Instant.parse(iso.length() == 17 ? iso.replace("Z", ":00Z") : iso);
      }
      return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new ChangeRefusedException(
          "'" + when + "' is not a time: use HH:MM (UTC), -15m, -2h or YYYY-MM-DD HH:MM");
    }
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
