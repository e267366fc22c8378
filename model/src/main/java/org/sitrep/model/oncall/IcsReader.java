package org.sitrep.model.oncall;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContentLine;
import org.sitrep.model.contact.LineProblem;

/**
 * Reads on-call shifts from the iCalendar (RFC 5545) feeds paging tools export (PagerDuty,
 * Opsgenie): one VEVENT per shift, SUMMARY naming the person ("On Call - Dana Okafor - Payments"),
 * DTSTART/DTEND with a TZID, in UTC ('Z'), floating, or as whole days. Who it is: a contact whose
 * email is the ATTENDEE, else a contact whose name is in the SUMMARY, else the SUMMARY's name part.
 */
public final class IcsReader {

  /** Shifts read, and problems with line numbers. */
  public record Parsed(List<IcsShift> shifts, List<LineProblem> problems) {}

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  private static final java.util.regex.Pattern SCHEDULE_WORDS =
      java.util.regex.Pattern.compile(
          "(?i)\\b(primary|secondary|tertiary|schedule|rotation|escalation|layer|on[- ]?call|team|shift)\\b");

  private IcsReader() {}

  public static Parsed read(String file, String text, ZoneId floating, List<Contact> contacts) {
    List<IcsShift> shifts = new ArrayList<>();
    List<LineProblem> problems = new ArrayList<>();
    List<ContentLine> event = null;
    int eventLine = 0;
    boolean calendar = false;
    for (String[] raw : ContentLine.unfold(text)) {
      int line = Integer.parseInt(raw[0]);
      ContentLine cl;
      try {
        cl = ContentLine.parse(line, raw[1]);
      } catch (ContentLine.Malformed e) {
        problems.add(new LineProblem(file, line, e.getMessage()));
        continue;
      }
      String value = cl.value().strip().toUpperCase(Locale.ROOT);
      if (cl.name().equals("BEGIN") && value.equals("VCALENDAR")) {
        calendar = true;
      } else if (cl.name().equals("BEGIN") && value.equals("VEVENT")) {
        if (event != null) {
          problems.add(
              new LineProblem(file, eventLine, "VEVENT has no END:VEVENT before the next BEGIN"));
        }
        event = new ArrayList<>();
        eventLine = line;
      } else if (cl.name().equals("END") && value.equals("VEVENT")) {
        if (event == null) {
          problems.add(new LineProblem(file, line, "END:VEVENT without a BEGIN:VEVENT"));
        } else {
          try {
            shifts.add(shift(event, eventLine, floating, contacts));
          } catch (EventProblem e) {
            problems.add(new LineProblem(file, e.line, e.getMessage()));
          }
        }
        event = null;
      } else if (event != null) {
        event.add(cl);
      }
    }
    if (event != null) {
      problems.add(
          new LineProblem(file, eventLine, "VEVENT is never closed: END:VEVENT is missing"));
    }
    if (!calendar) {
      problems.add(new LineProblem(file, 1, "not an iCalendar file: BEGIN:VCALENDAR is missing"));
    }
    shifts.sort(Comparator.comparing(IcsShift::from));
    return new Parsed(shifts, problems);
  }

  private static final class EventProblem extends RuntimeException {
    final int line;

    EventProblem(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  private static IcsShift shift(
      List<ContentLine> event, int start, ZoneId floating, List<Contact> contacts) {
    String summary = "";
    String attendee = "";
    Instant from = null;
    Instant to = null;
    Duration duration = null;
    for (ContentLine l : event) {
      switch (l.name()) {
        case "SUMMARY" -> summary = l.text().strip();
        case "ATTENDEE" -> attendee = l.value().replaceFirst("(?i)^mailto:", "").strip();
        case "DTSTART" -> from = time(l, floating);
        case "DTEND" -> to = time(l, floating);
        case "DURATION" -> {
          try {
            duration = Duration.parse(l.value().strip());
          } catch (DateTimeException e) {
            throw new EventProblem(
                l.line(), "DURATION '" + l.value() + "' is not a duration like PT12H");
          }
        }
        case "RRULE", "RDATE" ->
            // Reading only the first occurrence would silently drop every later shift.
            throw new EventProblem(
                l.line(),
                l.name()
                    + ": recurring events are not expanded; export the schedule as single shifts"
                    + " (one VEVENT per shift)");
        default -> {
          // UID, DESCRIPTION, URL…: not needed to know who is on call.
        }
      }
    }
    if (from == null) {
      throw new EventProblem(start, "VEVENT has no DTSTART");
    }
    if (to == null && duration != null) {
      to = from.plus(duration);
    }
    if (to == null) {
      throw new EventProblem(start, "VEVENT has no DTEND or DURATION");
    }
    if (!to.isAfter(from)) {
      throw new EventProblem(start, "VEVENT ends (" + to + ") before it starts (" + from + ")");
    }
    String person = person(summary, attendee, contacts);
    if (person.isEmpty()) {
      throw new EventProblem(start, "VEVENT has no SUMMARY naming who is on call");
    }
    return new IcsShift(start, person, from, to);
  }

  private static Instant time(ContentLine l, ZoneId floating) {
    String v = l.value().strip();
    String tzid = l.param("TZID");
    try {
      if (v.length() == 8 || l.param("VALUE").equalsIgnoreCase("DATE")) {
        ZoneId zone = tzid.isEmpty() ? floating : ZoneId.of(tzid);
        return LocalDate.parse(v, DATE).atStartOfDay(zone).toInstant();
      }
      if (v.endsWith("Z")) {
        return LocalDateTime.parse(v.substring(0, v.length() - 1), LOCAL).toInstant(ZoneOffset.UTC);
      }
      ZoneId zone = tzid.isEmpty() ? floating : ZoneId.of(tzid.replaceFirst("^/", ""));
      return LocalDateTime.parse(v, LOCAL).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      String what =
          !tzid.isEmpty() && e.getMessage() != null && e.getMessage().contains(tzid)
              ? "unknown TZID '" + tzid + "'"
              : "'" + v + "' is not a date-time like 20261121T090000 or 20261121T080000Z";
      throw new EventProblem(l.line(), l.name() + ": " + what);
    }
  }

  static String person(String summary, String attendee, List<Contact> contacts) {
    if (!attendee.isEmpty()) {
      for (Contact c : contacts) {
        if (c.emails().stream().anyMatch(e -> e.address().equalsIgnoreCase(attendee))) {
          return c.name();
        }
      }
    }
    String lower = summary.toLowerCase(Locale.ROOT);
    Contact best = null;
    for (Contact c : contacts) {
      if (!c.name().isEmpty()
          && lower.contains(c.name().toLowerCase(Locale.ROOT))
          && (best == null || c.name().length() > best.name().length())) {
        best = c;
      }
    }
    if (best != null) {
      return best.name();
    }
    // "On Call - Dana Okafor - Payments Primary", "On-call: Dana Okafor", "Dana Okafor (Payments)"
    String s =
        summary
            .replaceFirst("(?i)^\\s*on[ -]?call\\s*[-:–]\\s*", "")
            .replaceAll("\\(.*\\)", "")
            .strip();
    for (String part : s.split("\\s+[-–|]\\s+")) {
      String p = part.strip();
      // "Payments Primary" looks like a name too: schedule words rule a part out.
      if (p.matches("\\p{L}[\\p{L}.'’-]*(\\s+\\p{L}[\\p{L}.'’-]*)+")
          && !SCHEDULE_WORDS.matcher(p).find()) {
        return p;
      }
    }
    return s.split("\\s+[-–|]\\s+")[0].strip();
  }
}
